# Raising the base Exception, as the book's LayerFunction does.
class LayerFunction():
    def forward(self):    raise Exception('not implemented')
lf = LayerFunction()
print(type(lf).__name__)
lf.forward()
