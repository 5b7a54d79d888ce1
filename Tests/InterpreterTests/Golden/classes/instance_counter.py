# A class keeping a registry of instances.
class Layer:
    registry = []
    def __init__(self, name, n_in, n_out):
        self.name, self.n_in, self.n_out = name, n_in, n_out
        Layer.registry.append(self)
    def n_params(self):
        return self.n_in * self.n_out + self.n_out
Layer('lin1', 784, 30)
Layer('lin2', 30, 1)
for layer in Layer.registry:
    print(layer.name, layer.n_params())
print(sum(l.n_params() for l in Layer.registry))
