# Re-seeding reproduces the same sequence; separate Random instances are independent.
import random
random.seed(3)
a = [random.randint(0, 9) for _ in range(6)]
random.seed(3)
b = [random.randint(0, 9) for _ in range(6)]
print(a, a == b)
r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(1, 10), r2.randint(1, 10))
