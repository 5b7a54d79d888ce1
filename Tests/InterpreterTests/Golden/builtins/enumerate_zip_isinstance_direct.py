# enumerate and zip made directly from a call (arguments in place), and isinstance with
# classes, tuples of classes and nested tuples: results and errors as CPython's.

a = [1, 2, 3]
t = 0
for i in range(3):
    for j, x in enumerate(a):
        t += j * x
    for x, y in zip(a, a):
        t += x - y
print(t)
print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate("ab", start=-1)))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))))
pairs = list(enumerate(a))
print(pairs, [p for p in zip(a, a, a)])
e = enumerate([10, 20], 2**63 - 1)
print(list(e))
try:
    list(zip("ab", "a", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip([1], 5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate("a", "b")
except TypeError as e:
    print("TypeError:", e)

class MyInt(int):
    pass
vals = [1, "a", 2.0, [], None, True, MyInt(3)]
print([isinstance(v, (int, float)) for v in vals])
print([isinstance(v, str) for v in vals], [isinstance(v, (list, (str, type(None)))) for v in vals])
print(isinstance(MyInt, type), isinstance(int, (type, int)), isinstance(3, ()))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, (int, 4))
    isinstance(3, (str, 4))
except TypeError as e:
    print("TypeError:", e)
