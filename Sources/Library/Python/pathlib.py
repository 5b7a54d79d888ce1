"""pathlib.Path on top of os. Its repr is fastai's: relative to Path.BASE_PATH when that
is set (Path('train/3'))."""

import os

def _join(left, right):
    if right.startswith('/'):
        return right
    if left == '' or left == '.':
        return right
    if left.endswith('/'):
        return left + right
    return left + '/' + right

def _normalize(text):
    absolute = text.startswith('/')
    parts = [p for p in text.split('/') if p and p != '.']
    joined = '/'.join(parts)
    if absolute:
        return '/' + joined
    return joined if joined else '.'

def _fnmatch(name, pattern):
    # Shell-style matching: * ? and [seq].
    n, p = 0, 0
    star_p, star_n = -1, -1
    while n < len(name):
        if p < len(pattern) and pattern[p] == '[':
            end = pattern.find(']', p + 1)
            if end != -1:
                chars = pattern[p + 1:end]
                negate = chars.startswith('!')
                if negate:
                    chars = chars[1:]
                matched = False
                i = 0
                while i < len(chars):
                    if i + 2 < len(chars) and chars[i + 1] == '-':
                        if chars[i] <= name[n] <= chars[i + 2]:
                            matched = True
                        i += 3
                    else:
                        if chars[i] == name[n]:
                            matched = True
                        i += 1
                if matched != negate:
                    n += 1
                    p = end + 1
                    continue
        elif p < len(pattern) and (pattern[p] == '?' or pattern[p] == name[n]):
            n += 1
            p += 1
            continue
        elif p < len(pattern) and pattern[p] == '*':
            star_p, star_n = p, n
            p += 1
            continue
        if star_p != -1:
            p = star_p + 1
            star_n += 1
            n = star_n
            continue
        return False
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)

class Path:
    BASE_PATH = None

    def __init__(self, *parts):
        text = ''
        for part in parts:
            piece = part if isinstance(part, str) else os.fspath(part)
            text = _join(text, piece)
        self._str = _normalize(text) if text else '.'

    def __fspath__(self):
        return self._str

    def __str__(self):
        return self._str

    def __repr__(self):
        text = self._str
        base = Path.BASE_PATH
        if base is not None:
            prefix = str(base)
            if text == prefix:
                text = '.'
            elif prefix == '.':
                pass
            elif text.startswith(prefix.rstrip('/') + '/'):
                text = text[len(prefix.rstrip('/')) + 1:]
        return "Path('" + text + "')"

    def __truediv__(self, other):
        return Path(self._str, other)

    def __rtruediv__(self, other):
        return Path(other, self._str)

    def __eq__(self, other):
        return isinstance(other, Path) and self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        return self._str < other._str

    def __le__(self, other):
        return self._str <= other._str

    def __gt__(self, other):
        return self._str > other._str

    def __ge__(self, other):
        return self._str >= other._str

    @property
    def name(self):
        return os.path.basename(self._str)

    @property
    def suffix(self):
        return os.path.splitext(self.name)[1]

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        parent = os.path.dirname(self._str)
        if parent == '':
            return Path('.')
        return Path(parent)

    @property
    def parents(self):
        result = []
        current = self.parent
        while current._str != self._str and current not in result:
            result.append(current)
            if current._str in ('.', '/'):
                break
            current = current.parent
        return result

    @property
    def parts(self):
        pieces = [p for p in self._str.split('/') if p]
        if self._str.startswith('/'):
            return tuple(['/'] + pieces)
        return tuple(pieces)

    def as_posix(self):
        return self._str

    def joinpath(self, *others):
        return Path(self._str, *others)

    def with_suffix(self, suffix):
        return self.parent / (self.stem + suffix)

    def with_name(self, name):
        return self.parent / name

    def with_stem(self, stem):
        return self.parent / (stem + self.suffix)

    def relative_to(self, other):
        other = str(other).rstrip('/')
        if self._str == other:
            return Path('.')
        if other == '':
            other = '/'
        prefix = other if other.endswith('/') else other + '/'
        if not self._str.startswith(prefix):
            raise ValueError(repr(self._str) + ' is not in the subpath of ' + repr(other))
        return Path(self._str[len(prefix):])

    def is_absolute(self):
        return self._str.startswith('/')

    def absolute(self):
        return Path(os.path.abspath(self._str))

    def resolve(self):
        return Path(os.path.abspath(self._str))

    def expanduser(self):
        return Path(os.path.expanduser(self._str))

    def exists(self):
        return os.path.exists(self._str)

    def stat(self):
        return os.stat(self._str)

    def is_dir(self):
        return os.path.isdir(self._str)

    def is_file(self):
        return os.path.isfile(self._str)

    def iterdir(self):
        for name in sorted(os.listdir(self._str)):
            yield Path(self._str, name)

    def glob(self, pattern):
        if pattern.startswith('**/'):
            return self.rglob(pattern[3:])
        if '/' in pattern:
            head, rest = pattern.split('/', 1)
            results = []
            for child in self.glob(head):
                if child.is_dir():
                    results.extend(child.glob(rest))
            return results
        if not self.is_dir():
            return []
        return [Path(self._str, n) for n in sorted(os.listdir(self._str)) if _fnmatch(n, pattern)]

    def rglob(self, pattern):
        results = []
        stack = [self]
        while stack:
            folder = stack.pop()
            if not folder.is_dir():
                continue
            names = sorted(os.listdir(folder._str))
            for name in names:
                child = Path(folder._str, name)
                if _fnmatch(name, pattern):
                    results.append(child)
            for name in reversed(names):
                child = Path(folder._str, name)
                if child.is_dir():
                    stack.append(child)
        return results

    def mkdir(self, mode=511, parents=False, exist_ok=False):
        if parents:
            os.makedirs(self._str, exist_ok=exist_ok)
        elif exist_ok and self.is_dir():
            return
        else:
            os.mkdir(self._str)

    def read_text(self, encoding=None):
        with open(self._str) as f:
            return f.read()

    def write_text(self, data, encoding=None):
        with open(self._str, 'w') as f:
            return f.write(data)

    def open(self, mode='r', encoding=None):
        return open(self._str, mode)

    def unlink(self, missing_ok=False):
        if missing_ok and not self.exists():
            return
        os.remove(self._str)

    def rename(self, target):
        os.rename(self._str, str(target))
        return Path(target)

    def samefile(self, other):
        return os.path.abspath(self._str) == os.path.abspath(str(other))

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

PosixPath = Path
PurePath = Path
PurePosixPath = Path
