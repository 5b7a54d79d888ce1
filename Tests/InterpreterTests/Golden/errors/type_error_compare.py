# Ordering comparison between unrelated types.
values = [3, 'two', 1]
print(len(values))
print(sorted(values, key=str))
print(sorted(values))
