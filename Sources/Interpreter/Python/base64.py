"""Base16, Base32 and Base64 encodings (RFC 4648): b64encode/b64decode, the urlsafe and standard
variants, encodebytes/decodebytes, b32 and b16. Decoding errors are binascii.Error, as in CPython."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']


class Error(ValueError):
    # CPython raises binascii's exception class; tracebacks name it binascii.Error.
    __module__ = 'binascii'

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {ord(c): i for i, c in enumerate(_B64)}
_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_VALUES = {ord(c): i for i, c in enumerate(_B32)}


def _encode_input(s):
    if isinstance(s, bytes):
        return list(s)
    if isinstance(s, str) or not hasattr(s, '__iter__'):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    return [int(b) for b in s]


def _decode_input(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return [ord(c) for c in s]
    if isinstance(s, bytes):
        return list(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r' % type(s).__name__)


def _translate(values, source, target):
    table = {ord(a): ord(b) for a, b in zip(source, target)}
    return [table.get(v, v) for v in values]


def _altchars(altchars):
    values = _decode_input(altchars) if isinstance(altchars, str) else _encode_input(altchars)
    if len(values) != 2:
        raise AssertionError(repr(altchars))
    return ''.join(chr(v) for v in values)


def _b64_encode_values(data):
    out = []
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + _B64[(n >> 6) & 63] + _B64[n & 63])
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + '==')
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + _B64[(n >> 6) & 63] + '=')
    return ''.join(out)


def _a2b_base64(values, strict=False):
    """binascii.a2b_base64: skips characters outside the alphabet unless strict; stops at the
    padding that completes a quad."""
    out = []
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    if strict and values and values[0] == 61:
        raise Error('Leading padding not allowed')
    for i, ch in enumerate(values):
        if ch == 61:
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict and i + 1 < len(values):
                    raise Error('Excess data after padding')
                return bytes(out)
            continue
        value = _B64_VALUES.get(ch)
        if value is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | value) & 0xFF)
            left = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a '
                    'multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    text = _b64_encode_values(_encode_input(s))
    if altchars is not None:
        text = ''.join(chr(v) for v in _translate([ord(c) for c in text], '+/', _altchars(altchars)))
    return text.encode('ascii')


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    values = _decode_input(s)
    if altchars is not None:
        values = _translate(values, _altchars(altchars), '+/')
    return _a2b_base64(values, strict=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return _a2b_base64(_translate(_decode_input(s), '-_', '+/'))


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    data = _encode_input(s)
    lines = []
    for i in range(0, len(data), 57):
        lines.append(_b64_encode_values(data[i:i + 57]) + '\n')
    return ''.join(lines).encode('ascii')


def decodebytes(s):
    if not isinstance(s, bytes):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)
    return _a2b_base64(list(s))


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    data = _encode_input(s)
    out = []
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = 0
        for b in chunk + [0] * (5 - len(chunk)):
            n = (n << 8) | b
        out.append(''.join(_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)))
    text = ''.join(out)
    padding = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[len(data) % 5]
    if padding:
        text = text[:-padding] + '=' * padding
    return text.encode('ascii')


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    values = _decode_input(s)
    if len(values) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        target = _decode_input(map01)
        values = [ord('O') if v == ord('0') else target[0] if v == ord('1') else v for v in values]
    if casefold:
        values = [v - 32 if 97 <= v <= 122 else v for v in values]
    length = len(values)
    while values and values[-1] == 61:
        values.pop()
    padchars = length - len(values)
    decoded = []
    n = 0
    for i in range(0, len(values), 8):
        n = 0
        for v in values[i:i + 8]:
            digit = _B32_VALUES.get(v)
            if digit is None:
                raise Error('Non-base32 digit found')
            n = (n << 5) | digit
        decoded.extend((n >> (32 - 8 * k)) & 0xFF for k in range(5))
    if padchars not in (0, 1, 3, 4, 6):
        raise Error('Incorrect padding')
    if padchars and decoded:
        n <<= 5 * padchars
        last = [(n >> (32 - 8 * k)) & 0xFF for k in range(5)]
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = last[:keep]
    return bytes(decoded)


def b16encode(s):
    """Encode the bytes-like object s using Base16 (upper-case hex)."""
    return ''.join('%02X' % b for b in _encode_input(s)).encode('ascii')


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    values = _decode_input(s)
    if casefold:
        values = [v - 32 if 97 <= v <= 122 else v for v in values]
    digits = '0123456789ABCDEF'
    if any(chr(v) not in digits for v in values):
        raise Error('Non-base16 digit found')
    if len(values) % 2:
        raise Error('Odd-length string')
    return bytes(digits.index(chr(values[i])) * 16 + digits.index(chr(values[i + 1])) for i in range(0, len(values), 2))


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        chunk = input.read(57)
        if not chunk:
            break
        output.write(encodebytes(chunk))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    output.write(decodebytes(input.read()))
