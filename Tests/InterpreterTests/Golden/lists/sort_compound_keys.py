# sort() and sorted() of tuples and other keys: item-by-item order, mixed ints and floats, NaN,
# nested tuples, unequal lengths, tuple subclasses with their own order, and the errors.
data = [((i * 37) % 10, -i, "x%d" % (i % 3)) for i in range(40)]
print(sorted(data)[:6], sorted(data)[-3:])
print(sorted([(1, 2.5), (1, 2), (1.0, 3), (0.5, "a"), (1, 2, 0), (1,)]))
print(sorted([("b", 1), ("a", 2), ("b", 0), ("a", 1)], reverse=True))
print(sorted([((1, 2), "z"), ((1, 1), "y"), ((0, 9), "x"), ((1, 2), "a")]))
nan = float("nan")
print(sorted([(1, nan), (0, 1.0), (1, 0.5)])[0], len(sorted([(nan, 1), (nan, 0)])))
print(sorted([(True, 1), (0, 2), (1, 0), (False, -1)]))
print(sorted([(10 ** 20, 1), (10 ** 19, 2), (-(10 ** 30), 3), (5, 4)]))


class Reversed(tuple):
    def __lt__(self, other):
        return tuple(other) < tuple(self)


print(sorted([Reversed((1, 2)), Reversed((3, 0)), Reversed((2, 2))]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


print(sorted([(1, Loud(3)), (1, Loud(1)), (0, Loud(9))]))
for bad in [[(1, "a"), (1, 2)], [(1, None), (1, None), (0, 2), (1, 3)]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
words = ["pear", "Fig", "apple", "fig", "Apple"]
print(sorted(words, key=lambda w: (w.lower(), w)), sorted(words, key=lambda w: (len(w), w), reverse=True))
