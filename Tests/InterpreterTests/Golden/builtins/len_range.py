# len() on built-in containers and range().
print(len('hello'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 2}), len(''))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len([[], []]))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(5, 0, -1)))
print(range(3), range(1, 5, 2), range(0))
r = range(10)
print(r[2], r[-1], r[2:5], r[::-1], r[::3])
print(sum(range(1, 11)), max(range(7)), min(range(3, 9)))
print(range(0, 10, 2).index(4), range(5).count(3))
