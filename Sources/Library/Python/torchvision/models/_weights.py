"""Weight enums as torchvision names them (ResNet18_Weights.IMAGENET1K_V1, .DEFAULT), so code that
asks for pretrained weights gets a clear error instead of a download."""


class Weights:
    def __init__(self, enum_name, name, url, num_params):
        self.enum_name = enum_name
        self.name = name
        self.url = url
        self.meta = {'num_params': num_params}

    def __repr__(self):
        return self.enum_name + '.' + self.name

    def get_state_dict(self, *args, **kwargs):
        raise_offline(self)


class WeightsEnum:
    @classmethod
    def verify(cls, obj):
        if obj is None or isinstance(obj, Weights):
            return obj
        if isinstance(obj, str):
            name = obj.replace(cls.__name__ + '.', '')
            if not hasattr(cls, name):
                raise ValueError(f"Failed to find Weights {name} in {cls.__name__}. Try one of {cls._names()}")
            return getattr(cls, name)
        raise TypeError(f"Invalid Weight class provided; expected {cls.__name__} but received {type(obj).__name__}.")

    @classmethod
    def _names(cls):
        return [name for name in vars(cls) if isinstance(getattr(cls, name), Weights) and name != 'DEFAULT']


def raise_offline(weights):
    raise RuntimeError(f"Pretrained weights {weights!r} cannot be downloaded ({weights.url}): Tessera works offline. "
                       "Build the model with weights=None (pretrained=False), or load a state dict saved with "
                       "torch.save: model.load_state_dict(torch.load(path)).")


def resolve(weights_enum, weights, kwargs):
    """torchvision's legacy `pretrained=` keyword and `weights=` as an enum member or its name."""
    if 'pretrained' in kwargs:
        pretrained = kwargs.pop('pretrained')
        if weights is None and pretrained:
            weights = weights_enum.DEFAULT
    return weights_enum.verify(weights)
