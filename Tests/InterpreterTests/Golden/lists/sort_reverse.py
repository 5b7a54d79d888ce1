# list.sort() and list.reverse() work in place and return None.
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Cherry', 'apple', 'date']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.reverse()
print(words)
recs = [('a', 3), ('b', 1), ('c', 3), ('d', 2)]
recs.sort(key=lambda r: r[1])
print(recs)
mixed = [2.5, 1, -3, 0.0]
mixed.sort()
print(mixed)
