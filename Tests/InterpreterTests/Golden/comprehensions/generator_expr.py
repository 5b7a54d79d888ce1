# Generator expressions: lazy, single-pass.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ['aa', 'b', 'cccc']))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((x % 3 for x in range(7)), reverse=True))
print(', '.join(str(i) for i in range(4)))
order = []
def src(n):
    for i in range(n):
        order.append(f'src{i}')
        yield i
lazy = (v * 2 for v in src(3))
order.append('created')
for v in lazy:
    order.append(f'got{v}')
print(order)
print(tuple(x for x in 'abc'), dict((k, 0) for k in 'ab'))
