"""Get information about live objects: signature() with Parameter kinds, the is*()
predicates, getmembers, getdoc/cleandoc, and getsource/getsourcelines/getfile where the
source text is known (scripts, notebook cells, the modules Tessera embeds)."""

import sys
import types
from collections import OrderedDict
from _inspect_signature import (Parameter, Signature, BoundArguments, signature,
                                formatannotation, _empty)

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'isclass', 'isfunction',
           'ismethod', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator',
           'isgeneratorfunction', 'iscoroutinefunction', 'isabstract', 'getmembers', 'getdoc',
           'cleandoc', 'getsource', 'getsourcelines', 'getfile', 'getmro', 'currentframe',
           'formatannotation']

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method (a bound method)."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    """Return true if the object is a user-defined generator function."""
    if ismethod(object):
        object = object.__func__
    return isfunction(object) and bool(object.__code__.co_flags & CO_GENERATOR)


def iscoroutinefunction(object):
    """Return true if the object is a coroutine function (Tessera has no async def)."""
    return False


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Clean up indentation from docstrings: the first line's leading whitespace and the
    common indentation of the others go, as do blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        qualname = obj.__qualname__
        if '.' not in qualname or '<locals>' in qualname:
            return None
        cls = obj.__globals__.get(qualname.split('.')[0])
        if not isclass(cls):
            return None
    else:
        return None
    for base in cls.__mro__[1:]:
        doc = getattr(base.__dict__.get(name), '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc; a class or
    method without one inherits its base's."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _code_of(object):
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        return object.__code__
    if isinstance(object, types.CodeType):
        return object
    if isinstance(object, types.TracebackType):
        return object.tb_frame.f_code
    if isinstance(object, types.FrameType):
        return object.f_code
    return None


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        code = _class_code(object)
        if code is not None:
            return code.co_filename
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def _class_code(cls):
    """Some function defined in the class body: its code knows the class's source text."""
    for value in cls.__dict__.values():
        if isinstance(value, (classmethod, staticmethod)):
            value = value.__func__
        if isinstance(value, property):
            value = value.fget
        if isfunction(value) and value.__qualname__.startswith(cls.__qualname__ + '.'):
            return value.__code__
    return None


def _source_text(code):
    text = getattr(code, '_tessera_source', '')
    if not text:
        raise OSError('could not get source code')
    return text.split('\n')


def _block(lines, start):
    """The lines of the indented block (a def or class) beginning at index start,
    with its decorators."""
    while start > 0 and lines[start - 1].lstrip().startswith('@'):
        start -= 1
    header = lines[start]
    indent = len(header) - len(header.lstrip())
    end = start + 1
    while end < len(lines) and not lines[end - 1].rstrip().endswith(':') and lines[end - 1].rstrip().endswith((',', '(', '\\')):
        end += 1
    last = end
    while end < len(lines):
        line = lines[end]
        if line.strip():
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = end + 1
        end += 1
    return start, [line + '\n' for line in lines[start:last]]


def getsourcelines(object):
    """The lines of source code of an object (each ending in a newline) and the line number
    of the first one."""
    if ismodule(object):
        with open(getfile(object)) as f:
            return f.read().splitlines(True), 0
    if isclass(object):
        code = _class_code(object)
        if code is None:
            raise OSError('could not find class definition')
        lines = _source_text(code)
        prefix = 'class ' + object.__name__
        for index, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith(prefix) and stripped[len(prefix):len(prefix) + 1] in ('(', ':'):
                start, block = _block(lines, index)
                return block, start + 1
        raise OSError('could not find class definition')
    code = _code_of(object)
    if code is None:
        raise TypeError('module, class, method, function, traceback, frame, or '
                        'code object was expected, got {}'.format(type(object).__name__))
    lines = _source_text(code)
    index = code.co_firstlineno - 1
    if not 0 <= index < len(lines):
        raise OSError('could not get source code')
    if code.co_name == '<lambda>':
        return [lines[index] + '\n'], index + 1
    start, block = _block(lines, index)
    return block, start + 1


def getsource(object):
    """The text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


def stack():
    raise NotImplementedError("inspect.stack() is not supported by Tessera; use sys._getframe()")
