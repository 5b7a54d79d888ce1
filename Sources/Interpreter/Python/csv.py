"""CSV files: reader, writer, DictReader, DictWriter and dialects ('excel', 'excel-tab', 'unix').

The reader is a character state machine with the rules of CPython's _csv: quoted fields may hold
delimiters, doubled quotes and newlines; a blank line is an empty row."""

import io as _io

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'excel',
           'excel_tab', 'unix_dialect', 'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'unregister_dialect', 'field_size_limit', 'DictReader', 'DictWriter', 'Sniffer',
           '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = [128 * 1024]


class Error(Exception):
    pass


class Dialect:
    """Describes a CSV dialect; subclasses set the class attributes below."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validate(_Format(self))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}

_attributes = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator',
               'quoting', 'strict')


class _Format:
    """The resolved formatting parameters of one reader or writer (CPython's _csv.Dialect)."""

    def __init__(self, dialect='excel', **params):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in params:
            if name not in _attributes:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        for name in _attributes:
            value = params[name] if name in params else getattr(dialect, name, None)
            setattr(self, name, value)
        if self.delimiter is None:
            self.delimiter = ','
        if self.doublequote is None:
            self.doublequote = True
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if 'quotechar' not in params and self.quotechar is None and getattr(dialect, 'quotechar', None) is None \
                and not isinstance(dialect, (type, Dialect)):
            self.quotechar = '"'
        self.strict = bool(self.strict)
        _validate(self)
        # Without a quote character nothing can be quoted: CPython then writes as QUOTE_NONE.
        if self.quotechar is None:
            self.quoting = QUOTE_NONE


def _validate(fmt):
    def one_character(name, value, allow_none):
        if value is None and allow_none:
            return
        if not isinstance(value, str):
            if allow_none:
                raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
            raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
        if len(value) != 1:
            raise TypeError(f'"{name}" must be a 1-character string')
    one_character('delimiter', fmt.delimiter, False)
    one_character('escapechar', fmt.escapechar, True)
    one_character('quotechar', fmt.quotechar, True)
    if not isinstance(fmt.lineterminator, str):
        raise TypeError(f'"lineterminator" must be a string')
    if fmt.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError('bad "quoting" value')
    if fmt.quotechar is None and fmt.quoting not in (QUOTE_NONE, QUOTE_MINIMAL):
        raise TypeError('quotechar must be set if quoting enabled')


def register_dialect(name, dialect=None, **params):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    fmt = _Format(dialect if dialect is not None else 'excel', **params) if (dialect is not None or params) else _Format()
    _dialects[name] = fmt


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit[0] = args[0]
    return old


# Reader states.
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD, \
    _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)

_END_OF_LINE = None


class _Reader:
    def __init__(self, lines, fmt):
        self._lines = iter(lines)
        self.dialect = fmt
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        fmt = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if fmt.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                if self._fields:
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._step(c)
            self._step(_END_OF_LINE)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _add(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error('field larger than field limit (%d)' % _field_limit[0])
        self._field.append(c)

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _step(self, c):
        fmt = self.dialect
        state = self._state
        newline = c == '\n' or c == '\r'
        if state == _START_RECORD:
            if c is _END_OF_LINE:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _END_OF_LINE or newline:
                self._save_field()
                self._state = _START_RECORD if c is _END_OF_LINE else _EAT_CRNL
            elif c == fmt.quotechar and fmt.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == fmt.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and fmt.skipinitialspace:
                pass
            elif c == fmt.delimiter:
                self._save_field()
            else:
                if fmt.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _END_OF_LINE:
                c = '\n'
            self._add(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is _END_OF_LINE:
                return
            self._state = _IN_FIELD
            self._step(c)
        elif state == _IN_FIELD:
            if c is _END_OF_LINE or newline:
                self._save_field()
                self._state = _START_RECORD if c is _END_OF_LINE else _EAT_CRNL
            elif c == fmt.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == fmt.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _END_OF_LINE:
                pass
            elif c == fmt.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == fmt.quotechar and fmt.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if fmt.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _END_OF_LINE:
                c = '\n'
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if fmt.quoting != QUOTE_NONE and c == fmt.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == fmt.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _END_OF_LINE or newline:
                self._save_field()
                self._state = _START_RECORD if c is _END_OF_LINE else _EAT_CRNL
            elif not fmt.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (fmt.delimiter, fmt.quotechar))
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif c is _END_OF_LINE:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need to open the file in universal-newline mode?')


class _Writer:
    def __init__(self, stream, fmt):
        self._write = stream.write
        self.dialect = fmt

    def _quote(self, field, quoted):
        fmt = self.dialect
        special = (fmt.delimiter, fmt.escapechar, fmt.quotechar)
        out = []
        for c in field:
            escape = False
            if c in special or c in fmt.lineterminator or c == '\n' or c == '\r':
                if fmt.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == fmt.quotechar:
                        if fmt.doublequote:
                            out.append(fmt.quotechar)
                        else:
                            escape = True
                    elif c == fmt.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if fmt.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(fmt.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return fmt.quotechar + text + fmt.quotechar
        return text

    def writerow(self, row):
        fmt = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        parts = []
        for field in fields:
            if fmt.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float))
            else:
                quoted = fmt.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._quote(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if fmt.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = fmt.quotechar * 2
        return self._write(fmt.delimiter.join(parts) + fmt.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    """Rows (lists of str) of the lines of `csvfile` (any iterable of strings)."""
    return _Reader(csvfile, _Format(dialect, **fmtparams))


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer whose writerow() writes delimited lines to `csvfile` (anything with write())."""
    if not hasattr(csvfile, 'write'):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _Format(dialect, **fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            names = [key for key in rowdict if key not in self.fieldnames]
            if names:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in names]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def sniff(self, sample, delimiters=None):
        raise NotImplementedError('csv.Sniffer is not available in Tessera')

    def has_header(self, sample):
        raise NotImplementedError('csv.Sniffer is not available in Tessera')
