"""Regular expressions with Python's syntax and results, as CPython's re (str patterns).

Matching runs natively (`_tessera_re`: the pattern translated to ICU); this module gives the
Pattern and Match objects, templates, sub/split/findall and re.error their CPython behaviour.
"""

import _tessera_re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag:
    """A combination of re flags; prints as CPython's (`re.IGNORECASE|re.MULTILINE`) and acts as its int."""

    def __init__(self, value):
        self._value = int(value)

    def __int__(self):
        return self._value

    __index__ = __int__

    def __repr__(self):
        value = self._value
        names = []
        for flag_value, name in _FLAG_NAMES:
            if value & flag_value:
                names.append('re.' + name)
                value &= ~flag_value
        if value:
            names.append(hex(value))
        return '|'.join(names) if names else 're.NOFLAG'

    __str__ = __repr__

    def __or__(self, other):
        return RegexFlag(self._value | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(self._value & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(self._value ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self._value & 511)

    def __eq__(self, other):
        try:
            return self._value == int(other)
        except TypeError:
            return NotImplemented

    def __hash__(self):
        return hash(self._value)

    def __bool__(self):
        return self._value != 0


_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG')]
NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern), lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error


def _check_string(string):
    if not isinstance(string, str):
        if isinstance(string, bytes):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


class Match:
    """The result of a successful match: the groups' spans in the searched string."""

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(len(self._spans) // 2))

    @property
    def lastindex(self):
        # sre reports the group that closed last: the one ending last, the outermost on a tie.
        best = None
        best_key = None
        for g in range(1, len(self._spans) // 2):
            if self._spans[2 * g] >= 0:
                key = (self._spans[2 * g + 1], -self._spans[2 * g], -g)
                if best_key is None or key > best_key:
                    best, best_key = g, key
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, number in self.re.groupindex.items():
            if number == index:
                return name
        return None

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            number = self.re.groupindex.get(group)
            if number is not None:
                return number
        raise IndexError('no such group')

    def _group(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(number, default) for name, number in self.re.groupindex.items()}

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def expand(self, template):
        return _expand(self.re, _parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise TypeError("Tessera's re supports str patterns only, not bytes")
        if not isinstance(pattern, str):
            raise TypeError('first argument must be string or compiled pattern')
        result = _tessera_re.compile(pattern, int(flags))
        if result[0] is None:
            raise error(result[1], pattern, result[2])
        self._handle = result[0]
        self.pattern = pattern
        self.groups = result[1]
        self.groupindex = dict(result[2])
        combined = result[3] | int(flags)
        self.flags = combined if combined & 256 else combined | 32

    def _bounds(self, string, pos, endpos):
        _check_string(string)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        if endpos < 0:
            endpos = 0
        return pos, endpos

    def _run(self, string, pos, endpos, mode):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        spans = _tessera_re.match(self._handle, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return iter([])
        return iter([Match(self, string, spans, pos, endpos)
                     for spans in _tessera_re.scan(self._handle, string, pos, endpos)])

    def findall(self, string, pos=0, endpos=None):
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m._group(1, ''))
            else:
                result.append(m.groups(''))
        return result

    def subn(self, repl, string, count=0):
        _check_string(string)
        if callable(repl):
            replace = repl
        elif '\\' not in repl:
            replace = None
        else:
            template = _parse_template(repl, self)
            replace = lambda m: _expand(self, template, m)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            pieces.append(repl if replace is None else replace(m))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        _check_string(string)
        result = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            result.append(string[last:m.start()])
            result.extend(m.groups())
            last = m.end()
            n += 1
        result.append(string[last:])
        return result

    def __repr__(self):
        flags = self.flags & ~32
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _parse_template(template, pattern):
    """A replacement template as a list of literal strings and group numbers (CPython's rules)."""
    if not isinstance(template, str):
        raise TypeError(f"expected str instance, {type(template).__name__} found")
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        i += 1
        if c != '\\':
            literal.append(c)
            continue
        if i >= n:
            raise error('bad escape (end of pattern)', template, i - 1)
        c = template[i]
        i += 1
        group = None
        if c == 'g':
            if i >= n or template[i] != '<':
                raise error('missing <', template, i)
            close = template.find('>', i + 1)
            if close < 0:
                raise error('missing >, unterminated name', template, i + 1)
            name = template[i + 1:close]
            if not name:
                raise error('missing group name', template, i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    raise error('invalid group reference %d' % group, template, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                group = pattern.groupindex[name]
            else:
                raise error('bad character in group name %r' % name, template, i + 1)
            i = close + 1
        elif c == '0':
            value = 0
            digits = 0
            while digits < 2 and i < n and template[i] in '01234567':
                value = value * 8 + int(template[i])
                i += 1
                digits += 1
            literal.append(chr(value))
        elif c in '123456789':
            start = i - 1
            number = c
            if i < n and template[i] in '0123456789':
                number += template[i]
                i += 1
                if (i < n and template[i] in '01234567' and number[0] in '01234567'
                        and number[1] in '01234567'):
                    value = int(number + template[i], 8)
                    i += 1
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % template[start:i], template,
                                    start - 1)
                    literal.append(chr(value))
                    continue
            group = int(number)
            if group > pattern.groups:
                raise error('invalid group reference %d' % group, template, start)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\%s' % c, template, i - 2)
        else:
            literal.append('\\' + c)
        if group is not None:
            if literal:
                parts.append(''.join(literal))
                literal = []
            parts.append(group)
    if literal:
        parts.append(''.join(literal))
    return parts


def _expand(pattern, parts, match):
    out = []
    for part in parts:
        if isinstance(part, int):
            value = match._group(part)
            if value is not None:
                out.append(value)
        else:
            out.append(part)
    return ''.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number of substitutions made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list of substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL_CHARS = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join(_SPECIAL_CHARS.get(c, c) for c in pattern)
    raise TypeError("Tessera's re.escape takes a str")
