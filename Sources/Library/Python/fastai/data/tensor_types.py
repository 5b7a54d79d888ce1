"""fastai's typed tensors: TensorBase and the types a batch's parts carry (TensorCategory,
TensorMultiCategory), so transforms can choose what to act on and batches print as fastai's."""

import torch

# Tessera names it torch._make_subclass; PyTorch keeps it on Tensor (the programs run on both).
_make_subclass = getattr(torch, '_make_subclass', None) or torch.Tensor._make_subclass
# Under Tessera a subclass indexes through its plain-Tensor view (`.data`, same storage).
_TESSERA = hasattr(torch, '_make_subclass')


class TensorBase(torch.Tensor):
    "A Tensor whose type survives the data pipeline and whose repr names it."
    def __new__(cls, x, **kwargs):
        if not isinstance(x, torch.Tensor):
            x = torch.tensor(x)
        # fastai casts with `as_subclass`: the result stays in x's autograd graph (a loss
        # wrapped in TensorBase still backpropagates).
        return x.as_subclass(cls)

    def __getitem__(self, idx):
        # As under PyTorch's __torch_function__, an item or slice keeps the type (a batch's
        # samples are still images that can show themselves).
        res = self.data[idx] if _TESSERA else super().__getitem__(idx)
        return _make_subclass(type(self), res) if isinstance(res, torch.Tensor) and not isinstance(res, type(self)) else res

    def __repr__(self):
        # PyTorch prints a subclass under its own name, continuation lines aligned to it.
        text = torch.Tensor.__repr__(self)
        if not text.startswith('tensor'):
            return text
        name = type(self).__name__
        pad = ' ' * (len(name) - len('tensor'))
        lines = (name + text[len('tensor'):]).split('\n')
        return '\n'.join([lines[0]] + [pad + line if line else line for line in lines[1:]])


class TensorCategory(TensorBase):
    pass


class TensorImageBase(TensorBase):
    _show_args = {'cmap': 'viridis'}

    def show(self, ctx=None, **kwargs):
        from fastai.torch_core import show_image
        args = dict(self._show_args)
        args.update(kwargs)
        return show_image(self, ctx=ctx, **args)


class TensorImage(TensorImageBase):
    pass


class TensorImageBW(TensorImage):
    _show_args = {'cmap': 'Greys'}


class TensorMask(TensorImageBase):
    _show_args = {'alpha': 0.5, 'cmap': 'tab20'}


class TensorMultiCategory(TensorCategory):
    pass


def retain_type(new, old=None, typ=None):
    "Cast `new` to the type of `old` (or `typ`) when that is a TensorBase subclass it lost."
    if new is None or new is old:
        return new
    if typ is None:
        if old is None:
            return new
        typ = type(old)
    if isinstance(typ, type) and issubclass(typ, TensorBase) and isinstance(new, torch.Tensor) and not isinstance(new, typ):
        return _make_subclass(typ, new)
    return new


def retain_types(new, old=None, typs=None):
    "`retain_type` over the parts of tuples."
    if isinstance(new, (list, tuple)):
        if typs is not None:
            return type(new)(retain_types(n, typs=t) for n, t in zip(new, typs))
        olds = old if isinstance(old, (list, tuple)) else [None] * len(new)
        return type(new)(retain_types(n, o) for n, o in zip(new, olds))
    if typs is not None:
        return retain_type(new, typ=typs)
    return retain_type(new, old)
