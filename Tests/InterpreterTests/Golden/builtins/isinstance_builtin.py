# isinstance/issubclass with built-in types and tuples of types.
for v in [1, 1.0, True, 'a', [], (), {}, set(), None]:
    kinds = [t.__name__ for t in (int, float, bool, str, list, tuple, dict, set) if isinstance(v, t)]
    print(repr(v), kinds)
print(isinstance(1, (float, str)), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(bool, (str, int)), issubclass(list, object), issubclass(dict, list))
print(isinstance(ValueError('x'), Exception), isinstance(ValueError, type))
