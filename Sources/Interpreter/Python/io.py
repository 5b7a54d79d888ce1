"""In-memory streams (StringIO, BytesIO) and the names of the io module that learners use.

Files on disk come from the builtin open(); io.open is the same function."""

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase',
           'UnsupportedOperation', 'open', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

import builtins

open = builtins.open
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The context-manager, iteration and closing behaviour shared by the in-memory streams."""

    _closed = False
    # CPython's StringIO and BytesIO word this differently (the period).
    _closed_message = 'I/O operation on closed file.'

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        self._check_open()
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def _size_argument(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        return size

    def _seek_position(self, pos, whence, end):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            return pos
        if whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            return self._pos
        if whence == 2:
            if pos != 0:
                # CPython's StringIO gives the cur-relative message for both.
                raise OSError("Can't do nonzero cur-relative seeks")
            return end
        raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class RawIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """A text stream kept in memory: write() builds a string, getvalue() returns all of it."""

    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._value = self._translate(initial_value)
        self._pos = 0

    def _translate(self, text):
        # newline=None reads '\r\n' and '\r' as '\n'; '\r' or '\r\n' write each '\n' as it.
        if self._newline is None:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return text.replace('\n', self._newline)
        return text

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def getvalue(self):
        self._check_open()
        return self._value

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        length = len(s)
        s = self._translate(s)
        end = len(self._value)
        if self._pos == end:
            self._value += s
        elif self._pos > end:
            self._value += '\0' * (self._pos - end) + s
        else:
            self._value = self._value[:self._pos] + s + self._value[self._pos + len(s):]
        self._pos += len(s)
        return length

    def read(self, size=-1):
        self._check_open()
        size = self._size_argument(size)
        start = min(self._pos, len(self._value))
        end = len(self._value) if size < 0 else min(start + size, len(self._value))
        self._pos = max(self._pos, end)
        return self._value[start:end]

    def readline(self, size=-1):
        self._check_open()
        size = self._size_argument(size)
        value = self._value
        start = min(self._pos, len(value))
        if self._newline == '\r':
            end = value.find('\r', start)
        elif self._newline == '':
            end = _universal_line_end(value, start)
        else:
            end = value.find('\n', start) if self._newline != '\r\n' else value.find('\r\n', start)
            if end >= 0 and self._newline == '\r\n':
                end += 1
        end = len(value) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._pos = self._seek_position(pos, whence, len(self._value))
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._value = self._value[:size]
        return size

    def detach(self):
        raise UnsupportedOperation('detach')


def _universal_line_end(value, start):
    """The index of the last character of the line starting at `start` when '\\n', '\\r' and
    '\\r\\n' all end lines (newline=''), or -1 for the last line."""
    for i in range(start, len(value)):
        c = value[i]
        if c == '\n':
            return i
        if c == '\r':
            return i + 1 if i + 1 < len(value) and value[i + 1] == '\n' else i
    return -1


def _byte_values(data, function):
    if isinstance(data, (bytes, BytesIO._buffer_types)):
        return list(data)
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory: write() takes bytes, read() and getvalue() return bytes."""

    # Byte values are kept as a list of ints, so writes in the middle and at the end are cheap.
    _buffer_types = ()

    def __init__(self, initial_bytes=None):
        self._data = [] if initial_bytes is None else _byte_values(initial_bytes, 'BytesIO')
        self._pos = 0

    def getvalue(self):
        self._check_open()
        return bytes(self._data)

    def getbuffer(self):
        raise NotImplementedError('BytesIO.getbuffer: memoryview is not supported by Tessera')

    def write(self, b):
        self._check_open()
        values = _byte_values(b, 'write')
        data = self._data
        end = len(data)
        if self._pos > end:
            data.extend([0] * (self._pos - end))
        data[self._pos:self._pos + len(values)] = values
        self._pos += len(values)
        return len(values)

    def read(self, size=-1):
        self._check_open()
        size = self._size_argument(size)
        start = min(self._pos, len(self._data))
        end = len(self._data) if size < 0 else min(start + size, len(self._data))
        self._pos = max(self._pos, end)
        return bytes(self._data[start:end])

    read1 = read

    def readinto(self, buffer):
        raise NotImplementedError('BytesIO.readinto: bytearray is not supported by Tessera')

    def readline(self, size=-1):
        self._check_open()
        size = self._size_argument(size)
        data = self._data
        start = min(self._pos, len(data))
        end = start
        while end < len(data):
            end += 1
            if data[end - 1] == 10:
                break
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return bytes(data[start:end])

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 1 or whence == 2:
            if not isinstance(pos, int):
                raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
            base = self._pos if whence == 1 else len(self._data)
            self._pos = max(0, base + pos)
            return self._pos
        if whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = self._seek_position(pos, 0, len(self._data))
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'negative size value {size}')
        del self._data[size:]
        return size
