import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4, hi=5))
print(bisect.bisect_left([], 3), bisect.bisect_right([], 3))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5); bisect.insort_right(b, 0); bisect.insort_left(b, 10, 0, len(b))
print(b)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [('a', 1), ('b', 3), ('c', 5), ('d', 7)]
print(bisect.bisect_left(records, 5, key=lambda r: r[1]), bisect.bisect_right(records, 5, key=lambda r: r[1]))
bisect.insort(records, ('x', 4), key=lambda r: r[1])
bisect.insort_left(records, ('y', 5), key=lambda r: r[1])
bisect.insort_right(records, ('z', 5), key=lambda r: r[1])
print(records)
words = ['kiwi', 'apple', 'banana']
words.sort(key=len)
bisect.insort(words, 'fig', key=len)
print(words)
print(bisect.bisect_left('acegi', 'd'), bisect.bisect_right((1.5, 2.5), 2.5))
for call in [lambda: bisect.bisect_left(a, 3, -1), lambda: bisect.insort(a, 3, lo=-2), lambda: bisect.bisect(a, 'x')]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
