# Iterator protocol with __iter__ and __next__.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(3)))
it = CountDown(2)
print(next(it), next(it), next(it, 'end'))
for x in CountDown(2):
    print('x', x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountDown(self.n)
r = Range2(3)
print(list(r), list(r), max(r))
print(list(zip(CountDown(3), 'ab')))
