# metaclasses: metaclass= keyword, __new__/__init__/__call__ on the metaclass, class-level __iter__/__len__/__getitem__/__repr__, inherited metaclass, __init_subclass__ with class keywords, __mro_entries__, __orig_bases__
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, namespace, **kwargs):
        namespace['created_by'] = mcls.__name__
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.options = kwargs

    def __call__(cls, *args, **kwargs):
        print('creating', cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(['a', 'b'])

    def __len__(cls):
        return 2

    def __getitem__(cls, key):
        return key * 2

    def __repr__(cls):
        return '<registered %s>' % cls.__name__

    def describe(cls):
        return 'class ' + cls.__name__


class Base(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x


class Child(Base, flavour='mint'):
    pass


c = Child(5)
print(c.x, type(c).__name__, type(Child).__name__, isinstance(Child, Registry))
print(Registry.classes, Child.created_by, Child.options, Base.options)
print(list(Child), len(Base), Child[3], repr(Child), Child.describe())
print(type(Base) is Registry, Registry.__mro__[1] is type)

Dynamic = Registry('Dynamic', (Base,), {'y': 1})
print(Dynamic.y, repr(Dynamic), Registry.classes[-1])


class Plugin:
    plugins = []

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        Plugin.plugins.append(cls.__name__)


class CsvPlugin(Plugin, key='csv'):
    pass


class JsonPlugin(CsvPlugin):
    pass


print(Plugin.plugins, CsvPlugin.key, JsonPlugin.key)
try:
    class Bad(object, color='red'):
        pass
except TypeError as e:
    print('TypeError:', e)


class Alias:
    def __mro_entries__(self, bases):
        return (Plugin,)


class Aliased(Alias(), key='alias'):
    pass


print(Aliased.__bases__ == (Plugin,), Aliased.key, type(Aliased.__orig_bases__[0]).__name__)
