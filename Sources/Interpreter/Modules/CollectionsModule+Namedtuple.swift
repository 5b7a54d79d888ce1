extension CollectionsModule {
    /// `namedtuple`: tuple subclasses with named fields, made from generated class bodies.
    static let namedtupleSource = #"""
def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _keywords
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _keywords:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    num_required = num_fields - len(field_defaults)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    new_name = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        if len(args) > num_fields:
            given = len(args) + 1
            if num_required == num_fields:
                takes = f'{num_fields + 1} positional argument' + ('s' if num_fields else '')
            else:
                takes = f'from {num_required + 1} to {num_fields + 1} positional arguments'
            raise TypeError(f'{new_name}() takes {takes} but {given} '
                            f'{"was" if given == 1 else "were"} given')
        values = list(args)
        for name in kwargs:
            if name not in field_names:
                raise TypeError(f'{new_name}() got an unexpected keyword argument {name!r}')
            if field_names.index(name) < len(args):
                raise TypeError(f'{new_name}() got multiple values for argument {name!r}')
        missing = []
        for index in range(len(args), num_fields):
            name = field_names[index]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f'{new_name}() missing {len(missing)} required positional '
                            f'argument{plural}: {_quoted_list(missing)}')
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            [name + '=' + repr(value) for name, value in zip(field_names, self)]) + ')'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    # Instances have no __dict__ (CPython gives namedtuples empty __slots__), but a subclass
    # without __slots__ has one.
    created = []

    def _has_dict(cls):
        for klass in cls.__mro__:
            if klass is created[0]:
                return False
            if '__slots__' not in vars(klass):
                return True
        return False

    def __setattr__(self, name, value):
        if name in field_names:
            raise AttributeError("can't set attribute")
        if _has_dict(type(self)):
            object.__setattr__(self, name, value)
            return
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name):
        if name in field_names:
            raise AttributeError("can't delete attribute")
        if _has_dict(type(self)):
            object.__delattr__(self, name)
            return
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    __repr__.__doc__ = 'Return a nicely formatted representation string'

    # Workaround: the core does not order instances of tuple subclasses (`<` raises
    # TypeError), so compare as plain tuples.
    def __lt__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return tuple(self) < tuple(other)

    def __le__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return tuple(self) <= tuple(other)

    def __gt__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return tuple(self) > tuple(other)

    def __ge__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return tuple(self) >= tuple(other)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__,
                   __setattr__, __delattr__, __lt__, __le__, __gt__, __ge__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__setattr__': __setattr__,
        '__delattr__': __delattr__,
        '__match_args__': field_names,
        '__lt__': __lt__,
        '__le__': __le__,
        '__gt__': __gt__,
        '__ge__': __ge__,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(_itemgetter(index), _readonly_field, None,
                                         f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    created.append(result)
    return result


def _readonly_field(self, value):
    raise AttributeError("can't set attribute")


################################################################################
### OrderedDict
################################################################################

"""#
}
