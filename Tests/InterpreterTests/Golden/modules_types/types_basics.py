# types: SimpleNamespace (repr, eq, attributes, subclass), the type names of functions, methods, generators, modules, builtins
import types
import sys

ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(b='two', c=[3]))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2), sorted(vars(ns)) if False else sorted(ns.__dict__))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)


class Config(types.SimpleNamespace):
    pass


print(Config(debug=True), isinstance(Config(), types.SimpleNamespace))
nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=1))
print(nested, nested.inner.v)


def f():
    pass


def gen():
    yield 1


class C:
    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(C().method, types.MethodType), isinstance(C.cm, types.MethodType), isinstance(C.method, types.MethodType))
print(isinstance(gen(), types.GeneratorType), isinstance(gen, types.GeneratorType))
print(isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(types.NoneType is type(None), isinstance(f.__code__, types.CodeType))
print(types.FunctionType.__name__, types.MethodType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)
m = types.ModuleType('plugin')
m.value = 5
print(m.__name__, m.value, type(m).__name__)
Dyn = types.new_class('Dyn', (C,), exec_body=lambda ns: ns.update({'x': 1}))
print(Dyn.__name__, Dyn.x, issubclass(Dyn, C))


def describe(self, suffix):
    return type(self).__name__ + suffix


bound = types.MethodType(describe, C())
print(bound('!'), bound.__self__.__class__.__name__, bound.__func__ is describe)
for bad in [lambda: types.MethodType(describe), lambda: types.MethodType(1, C()), lambda: types.MethodType(describe, None)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
