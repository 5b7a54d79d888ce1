# Truthiness of built-in values and of objects with __len__ / __bool__.
values = [0, 1, -1, 0.0, 0.5, '', ' ', 'a', [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), 'truthy' if v else 'falsy')
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Plain:
    pass
print(bool(Empty()), bool(Full()), bool(Flag(True)), bool(Flag(False)), bool(Plain()))
if not Empty():
    print('empty is falsy')
print(Full() and 'full', Flag(False) or 'flag off')
