"""JSON encoding with CPython's output: float repr, separators, indentation and escapes."""

__all__ = ['JSONEncoder']

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape_char(c):
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def encode_basestring(s):
    """A JSON string literal for s, escaping only what JSON requires."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join(_escape_char(c) if (c < ' ' or c == '"' or c == '\\') else c for c in s) + '"'


def encode_basestring_ascii(s):
    """A JSON string literal for s in ASCII: everything outside ' '..'~' becomes an escape."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join(c if (' ' <= c <= '~' and c != '"' and c != '\\') else _escape_char(c) for c in s) + '"'


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        chunks = []
        _Encoding(self, indent, chunks).value(o, 0)
        return iter(chunks)


class _Encoding:
    """One encode call: the options, the containers being encoded (for cycles) and the output."""

    def __init__(self, encoder, indent, chunks):
        self.encoder = encoder
        self.indent = indent
        self.chunks = chunks
        self.markers = {} if encoder.check_circular else None
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring

    def float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def scalar(self, o):
        """The text of a str, None, bool, int or float, else None."""
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.chunks.append(text)
        elif isinstance(o, (list, tuple)):
            self.sequence(o, level)
        elif isinstance(o, dict):
            self.mapping(o, level)
        else:
            self.enter(o)
            self.value(self.encoder.default(o), level)
            self.leave(o)

    def open(self, bracket, level):
        """Writes the bracket; returns the separator between items and the closing newline."""
        self.chunks.append(bracket)
        if self.indent is None:
            return self.encoder.item_separator, ''
        newline = '\n' + self.indent * (level + 1)
        self.chunks.append(newline)
        return self.encoder.item_separator + newline, '\n' + self.indent * level

    def sequence(self, o, level):
        if not o:
            self.chunks.append('[]')
            return
        self.enter(o)
        separator, closing = self.open('[', level)
        first = True
        for item in o:
            if not first:
                self.chunks.append(separator)
            first = False
            self.value(item, level + 1)
        self.chunks.append(closing + ']')
        self.leave(o)

    def key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def mapping(self, o, level):
        if not o:
            self.chunks.append('{}')
            return
        self.enter(o)
        separator, closing = self.open('{', level)
        items = sorted(o.items()) if self.encoder.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self.key(key)
            if key is None:
                continue
            if not first:
                self.chunks.append(separator)
            first = False
            self.chunks.append(self.string(key))
            self.chunks.append(self.encoder.key_separator)
            self.value(value, level + 1)
        self.chunks.append(closing + '}')
        self.leave(o)
