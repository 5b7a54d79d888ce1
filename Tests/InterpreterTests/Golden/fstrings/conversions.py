# !r, !s conversions and __format__ of strings.
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'P({self.x!r})'
    def __str__(self):
        return f'point {self.x}'
v = 'text'
p = P('a')
print(f'{v!r} {v!s} {v}')
print(f'{p} {p!r} {p!s}')
print(f'{[p]}')
print(f'{v!r:>10}|')
print(f'[{v:>8}] [{v:<8}] [{v:^8}] [{v:-^9}]')
print(f'{v:.2}')
print(f'{None!r} {3.5!r} {"q"!r}')
