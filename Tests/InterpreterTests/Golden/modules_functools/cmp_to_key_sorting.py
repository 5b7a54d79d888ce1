# functools.cmp_to_key: sorting by a comparison function (ints, other results, errors), and the
# keys compared by hand.
import functools

data = [(i * 37) % 101 for i in range(200)]
print(sorted(data, key=functools.cmp_to_key(lambda a, b: b - a))[:5])
print(sorted(["pear", "Fig", "apple", "fig"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: float(a - b))))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=functools.cmp_to_key(lambda a, b: len(a) - len(b)), reverse=True)
print(words)
print(max([4, 9, 2], key=functools.cmp_to_key(lambda a, b: a - b)), min("xyz", key=functools.cmp_to_key(lambda a, b: ord(a) - ord(b))))

K = functools.cmp_to_key(lambda a, b: a - b)
one, two = K(1), K(2)
print(one < two, one > two, one == K(1), one != two, one <= K(1), two >= one, one.obj, two.obj)
print(type(one).__name__, callable(K))

calls = []


def counting(a, b):
    calls.append((a, b))
    return a - b


print(sorted([2, 1], key=functools.cmp_to_key(counting)), len(calls) > 0)

for bad in [lambda: one < 1, lambda: sorted([1, "a"], key=functools.cmp_to_key(lambda a, b: a - b)),
            lambda: hash(one) and None]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", str(e).split(":")[0])


def failing(a, b):
    raise ValueError("cannot compare %r and %r" % (a, b))


try:
    sorted([1, 2], key=functools.cmp_to_key(failing))
except ValueError as e:
    print("ValueError", e)
