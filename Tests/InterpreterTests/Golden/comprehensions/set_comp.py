# Set comprehensions (printed in sorted order).
s = {x % 5 for x in range(20)}
print(sorted(s), len(s))
print(sorted({c.lower() for c in 'Hello World' if c.isalpha()}))
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
print({x for x in []}, type({x for x in [1]}).__name__)
print({1 for _ in range(3)})
