# randint and randrange with a fixed seed.
import random
random.seed(0)
print([random.randint(1, 6) for _ in range(10)])
print([random.randint(0, 100) for _ in range(5)])
random.seed(1)
print([random.randrange(10) for _ in range(8)])
print([random.randrange(0, 100, 5) for _ in range(5)])
print(random.randint(-1000000, 1000000))
