"""traceback: formatting and printing exceptions and their tracebacks as CPython 3.11 does.

A whole exception is rendered by the interpreter's own formatter (the text an uncaught error
prints, with its caret lines and chained causes), so both always agree. The traceback objects
(`exc.__traceback__`) give the frame-by-frame functions (`extract_tb`, `format_tb`)."""

import sys

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only', 'format_list',
           'format_tb', 'print_exc', 'print_exception', 'print_tb', 'FrameSummary', 'StackSummary',
           'walk_tb']


def _exception_of(exc, value):
    # Python 3.10+ accepts format_exception(exc) as well as (type, value, tb).
    if value is not None and not isinstance(value, type):
        return value
    if isinstance(exc, BaseException):
        return exc
    return value


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    error = _exception_of(exc, value)
    if error is None:
        return ['NoneType: None\n']
    return sys._tessera_format_exception(error).splitlines(keepends=True)


def format_exception_only(exc, value=None):
    error = _exception_of(exc, value)
    if error is None:
        return ['NoneType: None\n']
    cls = type(error)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = cls.__module__ + '.' + name
    text = str(error)
    return [name + (': ' + text if text else '') + '\n']


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    print(''.join(format_exception(exc, value, tb, limit=limit, chain=chain)), end='',
          file=sys.stderr if file is None else file)


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One frame of a traceback: file, line number, function name and the line's text."""

    def __init__(self, filename, lineno, name, line=None, locals=None):
        self._carets = None
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return (self._line or '').strip()

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    def format(self):
        return format_list(self)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _source_line(frame, lineno):
    source = getattr(frame.f_code, '_tessera_source', '')
    lines = source.split('\n')
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def extract_tb(tb, limit=None):
    summary = StackSummary()
    while tb is not None:
        if limit is not None and len(summary) >= limit:
            break
        frame, lineno = tb.tb_frame, tb.tb_lineno
        code = frame.f_code
        item = FrameSummary(code.co_filename, lineno, code.co_name, _source_line(frame, lineno))
        item._carets = getattr(tb, '_tessera_carets', None)
        summary.append(item)
        tb = tb.tb_next
    return summary


def format_list(extracted_list):
    out = []
    for item in extracted_list:
        filename, lineno, name, line = item
        text = '  File "{}", line {}, in {}\n'.format(filename, lineno, name)
        if line:
            text += '    {}\n'.format(line.strip())
            carets = getattr(item, '_carets', None)
            if carets:
                text += '    {}\n'.format(carets)
        out.append(text)
    return out


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit=limit))


def print_tb(tb, limit=None, file=None):
    print(''.join(format_tb(tb, limit=limit)), end='', file=sys.stderr if file is None else file)
