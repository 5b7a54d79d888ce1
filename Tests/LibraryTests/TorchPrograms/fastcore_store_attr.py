# fastcore's store_attr, which reads its caller's arguments from the caller's frame (chapter 19's
# SGD and Learner call `store_attr('params,lr,wd')`), and L indexed by a 0-d tensor (`lbls[y]`).
import sys
from fastai.vision.all import *


class SGD:
    def __init__(self, params, lr, wd=0.):
        store_attr('params,lr,wd')


o = SGD([1, 2], 0.1)
print(o.params, o.lr, o.wd)


class Every:
    def __init__(self, a, b=2, *, c=3, **kwargs):
        store_attr()


print(vars(Every(1, c=5, d=6)))


class Some:
    def __init__(self, a, b, c):
        store_attr(but='b')


print(vars(Some(1, 2, 3)))


class Spaced:
    def __init__(self, a, b):
        store_attr('a, b', extra=10)


print(sorted(vars(Spaced('x', 'y')).items()))


class Other:
    pass


def fill(target, x, y):
    store_attr('x,y', self=target)


t = Other()
fill(t, 7, 8)
print(vars(t))
try:
    store_attr('nothing', self=Other())
except KeyError as e:
    print('KeyError:', e)

lbls = L('3', '7')
print(lbls[tensor(1)], list(lbls[tensor([1, 0])]), list(lbls[tensor([True, False])]))


def where():
    frame = sys._getframe()
    return frame.f_code.co_name, sorted(frame.f_back.f_locals)[:3], frame.f_back.f_code.co_name


def outer(p, q=1):
    return where()


print(outer(5))
