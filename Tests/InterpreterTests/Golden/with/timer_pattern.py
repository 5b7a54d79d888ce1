# A context manager that records state (like a timer or a no_grad flag).
class NoGrad:
    enabled = True
    def __enter__(self):
        self.prev = NoGrad.enabled
        NoGrad.enabled = False
    def __exit__(self, *args):
        NoGrad.enabled = self.prev
print(NoGrad.enabled)
with NoGrad():
    print(NoGrad.enabled)
    with NoGrad():
        print(NoGrad.enabled)
    print(NoGrad.enabled)
print(NoGrad.enabled)
class Collect:
    def __enter__(self):
        self.items = []
        return self.items
    def __exit__(self, *args):
        print('collected', self.items)
with Collect() as items:
    for i in range(3):
        items.append(i * i)
