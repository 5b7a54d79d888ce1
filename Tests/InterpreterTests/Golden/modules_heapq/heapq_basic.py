import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 2, 6, 0, 3]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 10), data)
print(heapq.heappushpop([], 4))

# tuples as priority entries (the common task-queue idiom)
tasks = []
heapq.heappush(tasks, (2, 'write code'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'create tests'))
while tasks:
    print(heapq.heappop(tasks))

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums), heapq.nsmallest(-2, nums))
print(heapq.nlargest(20, nums))
print(heapq.nsmallest(4, iter(nums)))
print(heapq.nlargest(1, []), heapq.nsmallest(2, []))
people = [{'name': 'a', 'age': 30}, {'name': 'b', 'age': 25}, {'name': 'c', 'age': 30}, {'name': 'd', 'age': 20}]
print(heapq.nlargest(2, people, key=lambda p: p['age']))
print(heapq.nsmallest(2, people, key=lambda p: p['age']))
print(heapq.nsmallest(3, ['bb', 'a', 'ccc', 'dd'], key=len))
print(heapq.nlargest(3, ['bb', 'a', 'ccc', 'dd'], key=len))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [0, 2, 10])))
print(list(heapq.merge()), list(heapq.merge([5])))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'a'), (3, 'b')], key=lambda t: t[0])))
m = heapq.merge(iter([1, 2]), iter([0]))
print(next(m), next(m), list(m))

# heap sort
def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]
import random
r = random.Random(3)
xs = [r.randint(0, 100) for _ in range(200)]
print(heapsort(xs) == sorted(xs))
h = list(xs)
heapq.heapify(h)
print(all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h)))
