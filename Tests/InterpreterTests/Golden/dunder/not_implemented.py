# Returning NotImplemented makes Python try the reflected method, then fail.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        return NotImplemented
    def __eq__(self, o):
        if not isinstance(o, Meters):
            return NotImplemented
        return self.v == o.v
    def __repr__(self):
        return f'{self.v}m'
print(Meters(1) + Meters(2))
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != 'x')
try:
    Meters(1) + 5
except TypeError as e:
    print('TypeError:', e)
try:
    5 + Meters(1)
except TypeError as e:
    print('TypeError:', e)
