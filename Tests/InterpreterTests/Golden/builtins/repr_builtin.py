# repr() of built-in values.
print(repr(1), repr(1.0), repr('a'), repr("a'b"), repr(None), repr(True))
print(repr([1, 'a', 2.5]), repr((1,)), repr(()), repr({'a': [1]}), repr(set()))
print(repr(range(2, 5)), repr(1e-05), repr(-0.0), repr(float('inf')))
print(repr([[]]), repr({}), repr(''), repr('\n'))
print(repr(int), repr(ValueError('x')), repr(Ellipsis))
print(repr({'nested': {'deep': [1, (2, 3)]}}))
