"""Temporary files and directories: TemporaryDirectory, NamedTemporaryFile/TemporaryFile (text
modes), mkdtemp, mktemp, gettempdir, gettempprefix. Names are `prefix + 8 random characters +
suffix` in gettempdir() (TMPDIR, TEMP or TMP, else /tmp), directories are created with mode
0o700, as CPython does.

Tessera's open() has no binary files and no OS-level file descriptors yet, so binary modes and
mkstemp() raise NotImplementedError saying so."""

import os as _os
import io as _io
import random as _random
import shutil as _shutil

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory', 'mkstemp',
           'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb',
           'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'
# A private generator (seeded from /dev/urandom) so random.seed() in user code cannot repeat names.
_names = _random.Random()


def _random_name():
    return ''.join(_names.choice(_characters) for _ in range(8))


def gettempprefix():
    """The default prefix of temporary names: 'tmp'."""
    return template


def gettempprefixb():
    return template.encode()


def _candidate_dirs():
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(name)
        if value:
            yield value
    for folder in ('/tmp', '/var/tmp', '/usr/tmp'):
        yield folder
    yield _os.getcwd()


def gettempdir():
    """The directory for temporary files (found once, then kept in tempfile.tempdir)."""
    global tempdir
    if tempdir is None:
        for folder in _candidate_dirs():
            if folder != '.':
                folder = _os.path.abspath(folder)
            if _os.path.isdir(folder):
                tempdir = folder
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found in %s' % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _parts(suffix, prefix, dir):
    if hasattr(dir, '__fspath__'):
        dir = dir.__fspath__()
    return (suffix if suffix is not None else ''), (prefix if prefix is not None else template), \
        (dir if dir is not None else gettempdir())


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory readable and writable only by its owner; returns its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked for (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, 'No usable temporary filename found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError('tempfile.mkstemp returns an OS file descriptor, and Tessera has no os.open/os.fdopen '
                              'yet: use NamedTemporaryFile(mode="w+", delete=False) or mkdtemp()')


def _create_file(suffix, prefix, dir):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
        if _os.path.exists(path):
            continue
        handle = open(path, 'w')
        handle.close()
        return path
    raise FileExistsError(17, 'No usable temporary file name found')


class _TemporaryFileWrapper:
    """A text file at `name`: reads and writes go through a buffer (so 'w+' can seek back and
    read), which reaches the file on flush() and close(); with delete=True, close() removes it."""

    def __init__(self, name, mode, delete):
        self.name = name
        self.mode = mode
        self.delete = delete
        self._buffer = _io.StringIO()
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def file(self):
        return self._buffer

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, text):
        self._check_open()
        return self._buffer.write(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        return self._buffer.read(size)

    def readline(self, size=-1):
        self._check_open()
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        self._check_open()
        return self._buffer.readlines(hint)

    def seek(self, offset, whence=0):
        self._check_open()
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._check_open()
        return self._buffer.tell()

    def truncate(self, size=None):
        self._check_open()
        return self._buffer.truncate(size)

    def flush(self):
        self._check_open()
        with open(self.name, 'w') as handle:
            handle.write(self._buffer.getvalue())

    def __iter__(self):
        return iter(self._buffer)

    def close(self):
        if self._closed:
            return
        if _os.path.exists(self.name):
            self.flush()
        self._closed = True
        if self.delete:
            try:
                _os.remove(self.name)
            except FileNotFoundError:
                pass

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper %r>' % self.name


def _text_mode(mode, function):
    if 'b' in mode:
        raise NotImplementedError('tempfile.%s(mode=%r): binary files are not available in Tessera yet '
                                  "(open() has text modes only); pass a text mode such as mode='w+'" % (function, mode))
    if not any(c in mode for c in 'wax+'):
        raise ValueError("invalid mode for a temporary file: %r" % mode)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A temporary file with a visible name (its .name), removed on close() when delete is true."""
    _text_mode(mode, 'NamedTemporaryFile')
    return _TemporaryFileWrapper(_create_file(suffix, prefix, dir), mode, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A temporary file removed when closed."""
    _text_mode(mode, 'TemporaryFile')
    return _TemporaryFileWrapper(_create_file(suffix, prefix, dir), mode, True)


def SpooledTemporaryFile(*args, **kwargs):
    raise NotImplementedError('tempfile.SpooledTemporaryFile is not available in Tessera')


class TemporaryDirectory:
    """A directory made by mkdtemp(); the `with` block gets its name and removes it at the end."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._removed or not _os.path.exists(self.name):
            self._removed = True
            return
        try:
            _shutil.rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise
        self._removed = True
