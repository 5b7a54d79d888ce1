# Raising the base Exception, as the book's LayerFunction does.
class LayerFunction:
    def forward(self): raise Exception('not implemented')
LayerFunction().forward()
