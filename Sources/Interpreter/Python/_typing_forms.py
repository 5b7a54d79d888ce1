"""typing's building blocks: the alias objects that subscripting produces, the special forms
(Union, Optional, ...), TypeVar, ForwardRef and Generic. Private to typing."""


def _function():
    pass


_FUNCTION = type(_function)


def _type_repr(obj):
    """How typing prints a type inside an alias: int, __main__.Point, ..., typing.List[int]."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FUNCTION):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    """What typing accepts as a type argument: None means NoneType, a str is a ForwardRef."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('Union', 'Optional', 'ClassVar', 'Final', 'Literal'):
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    if arg is Generic:
        raise TypeError("Plain %s is not valid as type argument" % (_type_repr(arg),))
    if type(arg) is tuple:
        raise TypeError("%s Got %s." % (msg, ('%r' % (arg,))[:100]))
    return arg


def _collect_parameters(args):
    """The type variables in args, in first-seen order (List[T] has T)."""
    parameters = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in parameters:
                parameters.append(t)
        else:
            for p in getattr(t, '__parameters__', ()) if not isinstance(t, type) else ():
                if p not in parameters:
                    parameters.append(p)
    return tuple(parameters)


def _count_error(alias, given, expected):
    return TypeError("Too %s arguments for %s; actual %d, expected %d"
                     % ('many' if given > expected else 'few', alias, given, expected))


class ForwardRef:
    """A type hint written as a string, evaluated by get_type_hints."""
    __module__ = 'typing'

    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        namespace = dict(globalns or {})
        if localns:
            namespace.update(localns)
        return eval(self.__forward_arg__, namespace)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(('ForwardRef', self.__forward_arg__))

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class TypeVar:
    """Type variable: T = TypeVar('T'), with constraints, a bound, or a variance."""
    __module__ = 'typing'

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class _SpecialForm:
    """Union, Optional, ClassVar, Final, Literal, NoReturn...: subscripted, never called."""
    __module__ = 'typing'

    def __init__(self, name, getitem, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


class _GenericAlias:
    """A subscripted generic: List[int], Dict[str, T], Stack[int] (origin and arguments)."""
    __module__ = 'typing'

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def _subscripted_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        return '%s[%s]' % (head, self._subscripted_repr())

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if len(params) != len(self.__parameters__):
            raise _count_error(self, len(params), len(self.__parameters__))
        substitution = dict(zip(self.__parameters__, params))
        new_args = []
        for arg in self.__args__:
            if isinstance(arg, TypeVar):
                new_args.append(substitution[arg])
            elif isinstance(arg, _GenericAlias) and arg.__parameters__:
                new_args.append(arg[tuple(substitution[p] for p in arg.__parameters__)])
            else:
                new_args.append(arg)
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__') and self._name:
            return self._name
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)


class _CallableGenericAlias(_GenericAlias):
    __module__ = 'typing'
    def _subscripted_repr(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return '..., %s' % _type_repr(args[1])
        return '[%s], %s' % (', '.join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))


class _SpecialGenericAlias(_GenericAlias):
    """An unsubscripted alias of a class: List, Dict, Iterable... (nparams arguments)."""
    __module__ = 'typing'

    def __init__(self, origin, nparams, name, inst=None):
        if inst is None:
            inst = origin not in (list, dict, set, frozenset, tuple, type)
        super().__init__(origin, (), name=name, inst=inst)
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(('typing', self._name))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if len(params) != self._nparams:
            raise _count_error(self, len(params), self._nparams)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _TupleAlias(_SpecialGenericAlias):
    __module__ = 'typing'
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        if len(params) >= 2 and params[-1] is ...:
            if len(params) > 2:
                raise TypeError("Tuple[t, ...]: t must be a type.")
            return _GenericAlias(tuple, (_type_check(params[0], msg), ...), name='Tuple', inst=False)
        return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params), name='Tuple', inst=False)


class _CallableAlias(_SpecialGenericAlias):
    __module__ = 'typing'
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), name='Callable')
        if not isinstance(args, list):
            args = [args]
        msg = "Callable[[arg, ...], result]: each arg must be a type."
        args = tuple(_type_check(a, msg) for a in args)
        return _CallableGenericAlias(self.__origin__, args + (result,), name='Callable')


class _UnionAlias:
    """Union[X, Y] (Optional[X] is Union[X, None]): equal regardless of order."""
    __module__ = 'typing'

    def __init__(self, args):
        self.__origin__ = _union_form()
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.Union")

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, (_GenericAlias, _UnionAlias, _LiteralAlias)):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, (_GenericAlias, _UnionAlias, _LiteralAlias)):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
            if issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass typing.Union")


def _union_form():
    import typing
    return typing.Union


class _LiteralAlias:
    """Literal[1, 'a']: the values themselves, duplicates removed."""
    __module__ = 'typing'

    def __init__(self, form, values):
        unique = []
        for v in values:
            if not any(v == u and type(v) is type(u) for u in unique):
                unique.append(v)
        self.__origin__ = form
        self.__args__ = tuple(unique)
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class Generic:
    """Base class for generic classes: class Stack(Generic[T]) makes Stack[int] valid."""
    __module__ = 'typing'

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls.__dict__.get('_is_protocol_root', False):
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to %s[...] must all be type variables or "
                                    "parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            return _GenericAlias(cls, params)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        expected = cls.__dict__.get('__parameters__', ())
        if not expected:
            raise TypeError("%s is not a generic class" % (cls,))
        if len(params) != len(expected):
            raise _count_error(cls, len(params), len(expected))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        declared = None
        collected = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                if base.__origin__ is Generic:
                    declared = base.__parameters__
                for p in base.__parameters__:
                    if p not in collected:
                        collected.append(p)
        cls.__parameters__ = tuple(declared if declared is not None else collected)
