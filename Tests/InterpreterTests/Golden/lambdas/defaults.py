# Lambdas with default, keyword and star arguments.
power = lambda x, n=2: x ** n
print(power(3), power(3, 3), power(2, n=10))
join = lambda *parts, sep=' ': sep.join(parts)
print(join('a', 'b'), join('a', 'b', sep='-'))
kw = lambda **kw: sorted(kw.items())
print(kw(b=2, a=1))
fs = [lambda x, k=k: x + k for k in range(3)]
print([f(100) for f in fs])
