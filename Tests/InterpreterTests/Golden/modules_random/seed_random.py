# random.random() after random.seed(0) follows CPython's Mersenne Twister exactly.
import random
random.seed(0)
print([random.random() for _ in range(5)])
random.seed(0)
print(random.random())
random.seed(42)
print(random.random(), random.random())
random.seed(12345)
print(random.random())
