# random with ints past 64 bits: getrandbits, randrange, randint, choices of big ranges, and big
# seeds follow CPython's streams.
import random
random.seed(12345)
print(random.getrandbits(64), random.getrandbits(65), random.getrandbits(100), random.getrandbits(257))
print(random.randrange(10 ** 30), random.randint(-(2 ** 80), 2 ** 80), random.randrange(0, 10 ** 40, 7))
random.seed(2 ** 100 + 7)
print(random.random(), random.getrandbits(70))
random.seed(-(3 ** 90))
print(random.random(), random.randrange(2 ** 200))
r = random.Random(10 ** 25)
print(r.random(), r.getrandbits(128))
print(sorted(random.randrange(2 ** 70) % 1000 for _ in range(5)))
