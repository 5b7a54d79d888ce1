# Defining __eq__ without __hash__ makes instances unhashable.
class Plain:
    pass
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v
class WithBoth(WithEq):
    def __hash__(self):
        return hash(self.v)
print(len({Plain(), Plain()}))
try:
    {WithEq(1)}
except TypeError as e:
    print('TypeError:', e)
print(len({WithBoth(1), WithBoth(1), WithBoth(2)}))
d = {WithBoth('k'): 'value'}
print(d[WithBoth('k')])
