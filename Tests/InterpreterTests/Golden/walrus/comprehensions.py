# the walrus operator inside comprehensions binds in the containing scope (not the comprehension's)
def f(x):
    return x * x - 10

values = [y for x in range(6) if (y := f(x)) > 0]
print(values, "y =", y)

print([last := x for x in "abc"], last)

total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)

pairs = {x: sq for x in range(5) if (sq := x * x) % 2 == 0}
print(pairs, sq)

found = any((hit := w).startswith("q") for w in ["apple", "quince", "pear"])
print(found, hit)
print(all((bad := n) < 3 for n in [0, 1, 5, 2]), bad)

matrix = [[1, 2], [3, 4]]
print([[(cell := c * 10) for c in row] for row in matrix], cell)


def inside_function():
    result = [m for i in range(4) if (m := i * 3) > 4]
    return result, m

print(inside_function())


class Holder:
    def run(self):
        return [z for z in range(3) if (k := z)], k

print(Holder().run())

g = ((w := i) for i in range(3))
print(list(g), w)
