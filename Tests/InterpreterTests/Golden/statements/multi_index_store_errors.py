# x[i, j] = v and x[i, j] += v read their operands in place on the value stack; an exception
# from __getitem__/__setitem__ inside a loop must leave the stack as CPython's does (the loop,
# the handler and later expressions see the right values).
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if key[0] < 0:
            raise IndexError("row %d" % key[0])
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        if key[1] > 2:
            raise KeyError(key)
        self.cells[key] = value


g = Grid()


def fill(n):
    log = []
    for i in range(n):
        try:
            g[i, i] = i * 10
        except KeyError as e:
            log.append(("set", repr(e)))
        try:
            g[i - 2, i % 4] += i
        except IndexError as e:
            log.append(("get", str(e)))
        except KeyError as e:
            log.append(("iadd-set", repr(e)))
        log.append((g[i, i], i))
    return log


for _ in range(2):
    print(fill(5))
print(sorted(g.cells.items()))
