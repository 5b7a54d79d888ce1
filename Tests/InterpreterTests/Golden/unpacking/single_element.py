# `i, = x` unpacks a one-element sequence.
class Ctx:
    def __init__(self):
        self.saved_tensors = ()
    def save_for_backward(self, *tensors):
        self.saved_tensors = tensors
ctx = Ctx()
ctx.save_for_backward([1.0, -2.0, 3.0])
i, = ctx.saved_tensors
print(i)
(only,) = [42]
print(only)
[item] = 'x'
print(item)
try:
    i, = (1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    i, = ()
except ValueError as e:
    print('ValueError:', e)
