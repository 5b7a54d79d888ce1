# fastcore's `Self` pipelines (chapter 19's `files.map(~Self.parent.name)`): attribute chains,
# calls with arguments, indexing, `~` for a plain function, the repr, and the errors fastcore
# gives for the book's `Self.parent.name()` and for an unfinished pipeline.
from fastai.vision.all import *

files = L(Path('train/3/10.png'), Path('train/7/11.png'), Path('valid/3/12.png'))
print(list(files.map(~Self.parent.name)))
print(list(files.map(~Self.parent.name).unique()))
print(list(files.map(Self.with_suffix('.jpg'))))
print(list(files.map(~Self.parts[-1])))
print(list(files.map(Self.name.upper())))
print(list(L([3, 1, 2], [5, 2]).map(Self.index(2))))
print(list(L([[1, 2], [3, 4]]).map(Self[1])))
print(list(L(tensor([1., 2.]), tensor([3., 4.])).map(Self.sum())))
print((~Self)(5), (~Self.real)(3))
for pipeline in (Self.parent.name, Self.sum(), Self.sum(1, keepdim=True), Self[0].item(),
                 Self(3, k='v'), Self.a.b[1:2]):
    print(repr(pipeline))
try:
    files.map(Self.parent.name())
except TypeError as e:
    print('TypeError:', e)
try:
    Self.sum()()
except TypeError as e:
    print('TypeError:', e)
try:
    bool(Self.parent.name)
except TypeError as e:
    print('TypeError:', e)
print(bool(Self.sum()))
try:
    Self.__len__
except AttributeError as e:
    print('AttributeError:', e)
