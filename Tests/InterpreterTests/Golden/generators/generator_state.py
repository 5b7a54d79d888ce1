# Generators keep local state; independent generators are independent.
def counter(start):
    n = start
    while True:
        yield n
        n += 1
a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batches(range(7), 3)))
print(list(batches([], 3)))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows('abcde', 3)))
