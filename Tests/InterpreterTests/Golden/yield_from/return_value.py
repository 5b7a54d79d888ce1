# the value of a yield from expression is the sub-generator's return value
def averager():
    total, count = 0, 0
    while True:
        value = yield
        if value is None:
            return total / count if count else None
        total += value
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)


def sub():
    yield 1
    return "done"

def main():
    result = yield from sub()
    print("sub returned", result)
    result = yield from []
    print("list gave", result)
    result = yield from iter(())
    print("empty iterator gave", result)
    return "main done"

gen = main()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)


def returns_none():
    yield 0

def wrapper():
    r = yield from returns_none()
    yield ("got", r)

print(list(wrapper()))


def depth(n):
    if n == 0:
        return 0
        yield
    return 1 + (yield from depth(n - 1))

def run_depth():
    print("depth", (yield from depth(5)))

list(run_depth())


def inner_stop():
    yield 1
    return 5

def twice():
    x = yield from inner_stop()
    yield x
    x = yield from inner_stop()
    yield x

print(list(twice()))
t = twice()
print(next(t), next(t), next(t), next(t))
try:
    next(t)
except StopIteration as e:
    print("exhausted", e.value)


def stubborn():
    try:
        yield 1
    except KeyError:
        return "returned from except"

def delegator():
    value = yield from stubborn()
    yield ("delegator got", value)

d = delegator()
print(next(d))
print(d.throw(KeyError("k")))
