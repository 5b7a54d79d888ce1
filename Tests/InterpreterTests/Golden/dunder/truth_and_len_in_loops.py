# Truth tests and len() of many kinds of objects in loops, including classes whose __bool__ or
# __len__ is added, replaced or removed while the program runs, and the errors they raise.
from collections import deque, OrderedDict, Counter, defaultdict

d = deque(range(5))
n = 0
while d:
    n += d.popleft()
print(n, bool(deque()), bool(OrderedDict(a=1)), bool(Counter()), bool(defaultdict(int)), bool(range(0)), bool(range(3)))
print([bool(x) for x in ([], [0], (), (0,), {}, {0: 0}, set(), {0}, frozenset(), "", "a", b"", b"a")])


class Box:
    def __init__(self, items):
        self.items = items


boxes = [Box([1] * (i % 3)) for i in range(9)]
print(sum(1 for b in boxes if b))
Box.__len__ = lambda self: len(self.items)
print(sum(1 for b in boxes if b), [len(b) for b in boxes[:3]])
Box.__bool__ = lambda self: True
print(sum(1 for b in boxes if b))
del Box.__bool__
print(sum(1 for b in boxes if b))
del Box.__len__
print(sum(1 for b in boxes if b))


class MyList(list):
    def __len__(self):
        return 0


class Sub(MyList):
    pass


print(bool(MyList([1, 2])), bool(Sub([1])), len(Sub([1, 2, 3])), bool(type("L", (list,), {})([1])))


class Bad:
    def __init__(self, result):
        self.result = result

    def __len__(self):
        return self.result


for result in (-1, "3", 2 ** 70, 2.0):
    try:
        print(bool(Bad(result)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


class BadBool:
    def __bool__(self):
        return 1


try:
    print(bool(BadBool()))
except TypeError as e:
    print("TypeError", e)
