# Argument-count errors on methods use the qualified name.
class Model:
    def forward(self, x):
        return x
m = Model()
print(m.forward(1))
m.forward(1, 2)
