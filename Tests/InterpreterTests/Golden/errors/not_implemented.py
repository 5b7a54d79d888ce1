# NotImplementedError from an abstract-style base class.
class LayerFunction:
    def forward(self):
        raise NotImplementedError('not implemented')
LayerFunction().forward()
