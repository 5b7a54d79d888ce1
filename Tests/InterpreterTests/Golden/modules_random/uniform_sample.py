# uniform and sample with a fixed seed.
import random
random.seed(7)
print([round(random.uniform(-1, 1), 6) for _ in range(4)])
print(random.sample(range(100), 5))
print(random.sample(['a', 'b', 'c', 'd'], 2))
random.seed(0)
pts = [(random.random(), random.random()) for _ in range(1000)]
inside = sum(1 for x, y in pts if x * x + y * y <= 1)
print(inside, 4 * inside / 1000)
