"""A collection of string constants and helpers."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_identifier_start(ch):
    return ch == '_' or ('a' <= ch.lower() <= 'z')


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or '0' <= ch <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, lookup, safe):
        text = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            if k < n and text[k] == '{':
                end = k + 1
                if end < n and _is_identifier_start(text[end]):
                    end += 1
                    while end < n and _is_identifier_char(text[end]):
                        end += 1
                    if end < n and text[end] == '}':
                        name = text[k + 1:end]
                        out.append(lookup(name, text[j:end + 1]))
                        i = end + 1
                        continue
                if safe:
                    out.append(delim)
                    i = k
                    continue
                self._invalid(k)
            if k < n and _is_identifier_start(text[k]):
                end = k + 1
                while end < n and _is_identifier_char(text[end]):
                    end += 1
                name = text[k:end]
                out.append(lookup(name, text[j:end]))
                i = end
                continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(lambda name, raw: str(mapping[name]), False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        def lookup(name, raw):
            try:
                return str(mapping[name])
            except KeyError:
                return raw
        return self._scan(lookup, True)

    def get_identifiers(self):
        ids = []
        def lookup(name, raw):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(lookup, True)
        return ids

    def is_valid(self):
        try:
            self._scan(lambda name, raw: '', False)
        except ValueError:
            return False
        return True
