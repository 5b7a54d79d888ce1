"""Conversion between Python values and C structs packed as bytes: pack, unpack, calcsize,
unpack_from, iter_unpack and Struct, with CPython's byte orders ('@', '=', '<', '>', '!'), native
sizes and alignment (x86-64 Linux), formats x c b B ? h H i I l L q Q n N e f d s p P and
struct.error messages."""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code: (native size, standard size); native alignment equals the native size.
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2), 'i': (4, 4),
    'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (8, None),
}
_SIGNED = set('bhilqn')
_NAMED_RANGES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
# IEEE 754 layouts: (exponent bits, fraction bits).
_FLOAT_LAYOUT = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _parse(fmt):
    """(little endian?, native?, items, size): items are (code, count, offset)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    little = True
    native = True
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        native = order == '@'
        little = order in ('@', '=', '<')
        i = 1
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if c.isdigit():
            start = i
            while i < n and fmt[i].isdigit():
                i += 1
            if i >= n:
                raise error('repeat count given without format specifier')
            count = int(fmt[start:i])
            c = fmt[i]
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[1] is None):
            raise error('bad char in struct format')
        size = sizes[0] if native else sizes[1]
        if native and c not in 'xcbB?sp' and offset % size:
            offset += size - offset % size
        if c in 'sp':
            items.append((c, count, offset))
            offset += count
        elif c == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset))
                offset += size
        i += 1
    return little, native, items, offset


def _int_bytes(value, size, little):
    value &= (1 << (8 * size)) - 1
    out = [(value >> (8 * k)) & 0xFF for k in range(size)]
    return out if little else out[::-1]


def _bytes_int(data, signed, little):
    if not little:
        data = data[::-1]
    value = 0
    for k, byte in enumerate(data):
        value |= byte << (8 * k)
    if signed and data and data[-1] & 0x80:
        value -= 1 << (8 * len(data))
    return value


def _as_integer(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(value)


def _check_integer(code, value, size, native):
    signed = code in _SIGNED
    if signed:
        low, high = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    else:
        low, high = 0, (1 << (8 * size)) - 1
    if low <= value <= high:
        return
    if code in _NAMED_RANGES:
        raise error('%s format requires %d <= number <= %d' % (_NAMED_RANGES[code], low, high))
    # Values outside C's long long (or negative for an unsigned code) fail the C conversion.
    fits_c = (-(1 << 63) <= value < (1 << 63)) if signed else (0 <= value < (1 << 64))
    if size == 8 or not fits_c or (native and code in 'lLqQnN'):
        raise error('argument out of range')
    raise error("'%s' format requires %d <= number <= %d" % (code, low, high))


def _float_bits(value, code, native):
    exponent_bits, fraction_bits = _FLOAT_LAYOUT[code]
    bias = (1 << (exponent_bits - 1)) - 1
    max_exponent = (1 << exponent_bits) - 1
    sign = 1 if _math.copysign(1.0, value) < 0 else 0
    if _math.isnan(value):
        return (sign << (exponent_bits + fraction_bits)) | (max_exponent << fraction_bits) | (1 << (fraction_bits - 1))
    if _math.isinf(value):
        return (sign << (exponent_bits + fraction_bits)) | (max_exponent << fraction_bits)
    magnitude = abs(value)
    if magnitude == 0:
        return sign << (exponent_bits + fraction_bits)
    numerator, denominator = magnitude.as_integer_ratio()
    exponent = _math.frexp(magnitude)[1] - 1
    min_exponent = 1 - bias
    shift = fraction_bits - max(exponent, min_exponent)
    # Round numerator * 2**shift / denominator to the nearest integer, ties to even.
    if shift >= 0:
        scaled_num, scaled_den = numerator << shift, denominator
    else:
        scaled_num, scaled_den = numerator, denominator << -shift
    q, r = divmod(scaled_num, scaled_den)
    if 2 * r > scaled_den or (2 * r == scaled_den and q & 1):
        q += 1
    if exponent < min_exponent:
        bits = q  # subnormal; a carry into the exponent field makes the smallest normal
    else:
        if q == 1 << (fraction_bits + 1):
            exponent += 1
            q >>= 1
        if exponent > bias:
            if native and code == 'f':
                return (sign << (exponent_bits + fraction_bits)) | (max_exponent << fraction_bits)
            raise OverflowError('float too large to pack with %s format' % code)
        bits = ((exponent + bias) << fraction_bits) | (q - (1 << fraction_bits))
    return (sign << (exponent_bits + fraction_bits)) | bits


def _bits_float(bits, code):
    exponent_bits, fraction_bits = _FLOAT_LAYOUT[code]
    bias = (1 << (exponent_bits - 1)) - 1
    max_exponent = (1 << exponent_bits) - 1
    sign = -1.0 if bits >> (exponent_bits + fraction_bits) else 1.0
    exponent = (bits >> fraction_bits) & max_exponent
    fraction = bits & ((1 << fraction_bits) - 1)
    if exponent == max_exponent:
        return sign * _math.inf if fraction == 0 else _math.copysign(_math.nan, sign)
    if exponent == 0:
        return sign * _math.ldexp(fraction, 1 - bias - fraction_bits)
    return sign * _math.ldexp(fraction | (1 << fraction_bits), exponent - bias - fraction_bits)


def _byte_values(buffer):
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(buffer, bytes):
        return list(buffer)
    try:
        return [int(b) for b in buffer]
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__) from None


class Struct:
    """A compiled format: its size, pack(), unpack(), unpack_from() and iter_unpack()."""

    def __init__(self, format):
        self._little, self._native, self._items, self.size = _parse(format)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)

    def pack(self, *values):
        if len(values) != len(self._items):
            raise error('pack expected %d items for packing (got %d)' % (len(self._items), len(values)))
        out = [0] * self.size
        for (code, count, offset), value in zip(self._items, values):
            out[offset:offset + self._item_size(code, count)] = self._pack_item(code, count, value)
        return bytes(out)

    def _item_size(self, code, count):
        if code in 'sp':
            return count
        sizes = _SIZES[code]
        return sizes[0] if self._native else sizes[1]

    def _pack_item(self, code, count, value):
        size = self._item_size(code, count)
        little = self._little
        if code == 'c':
            if not isinstance(value, bytes) or len(value) != 1:
                raise error('char format requires a bytes object of length 1')
            return list(value)
        if code in 'sp':
            if not isinstance(value, bytes):
                raise error("argument for '%s' must be a bytes object" % code)
            data = list(value)
            if code == 'p':
                data = [min(len(data), count - 1, 255)] + data if count else []
            return (data + [0] * count)[:count]
        if code == '?':
            return [1 if value else 0]
        if code in _FLOAT_LAYOUT:
            if not isinstance(value, (int, float)):
                converter = getattr(type(value), '__float__', None)
                if converter is None:
                    raise error('required argument is not a float')
                value = converter(value)
            return _int_bytes(_float_bits(float(value), code, self._native), size, little)
        value = _as_integer(value)
        if code == 'P':
            if not -(1 << 63) <= value < (1 << 64):
                raise error('argument out of range')
            return _int_bytes(value, size, little)
        _check_integer(code, value, size, self._native)
        return _int_bytes(value, size, little)

    def unpack(self, buffer):
        data = _byte_values(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _byte_values(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = _byte_values(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return (self._unpack(data, start) for start in range(0, len(data), self.size))

    def _unpack(self, data, base):
        values = []
        for code, count, offset in self._items:
            size = self._item_size(code, count)
            chunk = data[base + offset:base + offset + size]
            if code == 'c':
                values.append(bytes(chunk))
            elif code == 's':
                values.append(bytes(chunk))
            elif code == 'p':
                length = min(chunk[0], count - 1) if chunk else 0
                values.append(bytes(chunk[1:1 + length]))
            elif code == '?':
                values.append(chunk[0] != 0)
            elif code in _FLOAT_LAYOUT:
                values.append(_bits_float(_bytes_int(chunk, False, self._little), code))
            else:
                values.append(_bytes_int(chunk, code in _SIGNED, self._little))
        return tuple(values)

    def pack_into(self, buffer, offset, *values):
        raise NotImplementedError('struct.pack_into needs a writable buffer (bytearray), which Tessera lacks')


_cache = {}


def _struct(fmt):
    compiled = _cache.get(fmt)
    if compiled is None:
        compiled = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = compiled
    return compiled


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *values):
    """Return a bytes object containing the values packed according to the format string."""
    return _struct(format).pack(*values)


def unpack(format, buffer):
    """Return a tuple containing values unpacked according to the format string."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)
