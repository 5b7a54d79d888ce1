# Calls of builtin functions and types with keywords, native callbacks into Python, and the
# tuples zip/enumerate/dict.items hand out (refilled only when no one else holds them).

# zip / enumerate / items: tuples kept by the program stay as they were handed out.
kept = []
for pair in zip([1, 2, 3], "abc"):
    kept.append(pair)
print(kept)
kept = list(enumerate(["x", "y", "z"], 10))
print(kept)
e = enumerate([5, 6, 7])
first = next(e)
second = next(e)
print(first, second, first is second)
z = zip(range(3), range(3, 6))
a = next(z)
x, y = next(z)
b = next(z)
print(a, x, y, b)
d = {"k1": 1, "k2": 2, "k3": 3}
items = []
for item in d.items():
    items.append(item)
print(items)
for k, v in d.items():
    print(k, v, end="; ")
print()
t = 0
for i, (p, q) in enumerate(zip([1, 2, 3], [4, 5, 6])):
    t += i * p * q
print(t)
print(list(zip([1, 2], [3, 4], [5, 6])), list(zip()))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as error:
    print("ValueError:", error)
try:
    for pair in zip([1, 2, 3], [1, 2], strict=True):
        pass
except ValueError as error:
    print("ValueError:", error)

# dict() and dict.update from pairs, zips, keywords.
print(dict(zip("abc", range(3))))
print(dict([(1, 2), (3, 4), [5, 6], "xy"]))
print(dict(a=1, b=2), dict(), dict({"q": 1}, r=2), dict([("s", 1)], t=2))
try:
    dict([(1, 2), (3,)])
except ValueError as error:
    print("ValueError:", error)
try:
    dict([1])
except TypeError as error:
    print("TypeError:", error)
base = {"a": 0}
base.update([("b", 1)])
base.update(zip("cd", [2, 3]), e=4)
base.update(f=5)
print(base)
def pairs_reading(target):
    for i in range(3):
        yield i, len(target)
grown = {}
grown.update(pairs_reading(grown))
print(grown)
print(list({"a": 1}.keys()), list({"a": 1}.values()), list({"a": 1, "b": 2}.items()))
print(tuple({"a": 1, "b": 2}.items()), sorted({"b": 1, "a": 2}.items()))

# set / frozenset / list / tuple constructors.
print(set(), frozenset(), list(), tuple(), sorted(set([3, 1, 3])), frozenset((2, 2)), set({4, 5}), set("aab") == {"a", "b"})
try:
    set([[1]])
except TypeError as error:
    print("TypeError:", error)
try:
    frozenset(5)
except TypeError as error:
    print("TypeError:", error)

# Keyword calls of native functions and methods.
words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1], reverse=True), sorted(words, reverse=True))
print(min(words, key=len), max(words, key=len), min([], default="none"), max(3, 9, key=lambda v: -v))
print(sorted(iterable=words) if False else "skip", end="\n")
for bad in (lambda: len(obj=words), lambda: abs(x=1)):
    try:
        print(bad())
    except TypeError as error:
        print("TypeError:", error)
print("a-b-c".split(sep="-", maxsplit=1), "a-b".split("-", maxsplit=0), int("ff", base=16), int(x="7") if False else 7)
print("x", "y", sep="+", end="!\n")
words.sort(key=len, reverse=True)
print(words)
counts = {}
counts.update(a=1, b=2)
print(counts, dict.fromkeys("ab", 0), enumerate(["q"], start=3).__next__())

# Callbacks from native code into Python functions, closures and natives.
scale = 3
def times_scale(v):
    return v * scale
def two(v, w=1):
    return v + w
print(list(map(times_scale, [1, 2])), list(map(abs, [-1, 2])), list(map(two, [1, 2])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda v: v % 2, range(7))), list(filter(None, [0, 1, "", "a"])), list(filter(str.isdigit, "a1b2")))
def make_key(offset):
    return lambda v: (v + offset) % 5
print(sorted(range(10), key=make_key(2)), min(range(10), key=make_key(1)), max(range(10), key=str))
def gen_key(v):
    yield v
print(len(sorted([1], key=gen_key)))
def raises(v):
    raise KeyError(v)
try:
    sorted([1, 2], key=raises)
except KeyError as error:
    print("KeyError:", error)
try:
    list(map(lambda a, b: a, [1]))
except TypeError as error:
    print("TypeError:", error)
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda p, q: q - p)))

# ord/len/pop in place.
print(ord("A"), ord("é"), ord("€"), len("héllo"), len({1, 2}), len(frozenset()), len(b"ab"), len({"a": 1}.items()))
for bad in ("", "ab", 5):
    try:
        ord(bad)
    except TypeError as error:
        print("TypeError:", error)
stack = [1, 2, 3, 4]
print(stack.pop(), stack.pop(0), stack.pop(-1), stack, [].pop if False else "")
for bad in ([], [1]):
    try:
        bad.pop(5 if bad else -1)
    except IndexError as error:
        print("IndexError:", error)
try:
    [1].pop("x")
except TypeError as error:
    print("TypeError:", error)
class L(list):
    def __len__(self):
        return 42
print(len(L([1])), L([1, 2]).pop())
