# Base classes that raise NotImplementedError.
class LayerFunction:
    def __call__(self, *args):
        self.args = args
        self.out = self.forward(*args)
        return self.out
    def forward(self, *args):
        raise NotImplementedError('forward')
class Double(LayerFunction):
    def forward(self, x):
        return 2 * x
print(Double()(21))
try:
    LayerFunction()(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(issubclass(NotImplementedError, RuntimeError))
