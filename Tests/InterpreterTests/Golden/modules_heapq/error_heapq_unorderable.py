import heapq

for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify((3, 1)),
             lambda: heapq.heappush((), 1), lambda: heapq.heappush([1, 'a'] , 2)]:
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

class Task:
    def __init__(self, p): self.p = p
    def __lt__(self, other): return self.p < other.p
    def __repr__(self): return f'Task({self.p})'
h = []
for p in [3, 1, 2]:
    heapq.heappush(h, Task(p))
print(h, heapq.heappop(h))
heapq.heappush(h, object())
