"""Rational numbers: Fraction(numerator, denominator), always kept in lowest terms with a positive
denominator, with exact arithmetic against ints and other Fractions (float operands give floats)."""

import math

__all__ = ['Fraction']

# CPython hashes numbers modulo this prime so that equal numbers of any type hash alike.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_rational(value):
    return isinstance(value, (int, Fraction))


def _digits(text):
    """Whether `text` is decimal digits with single underscores between them."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return False
    return all('0' <= c <= '9' or c == '_' for c in text)


def _parse(text):
    """(numerator, denominator) of a Fraction literal: '3/4', '-1.25', '1e-3', ' 7 '; None if invalid."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if '/' in s:
        numerator, _, denominator = s.partition('/')
        if not (_digits(numerator) and _digits(denominator)):
            return None
        return sign * int(numerator), int(denominator)
    exponent = 0
    lowered = s.lower()
    if 'e' in lowered:
        position = lowered.index('e')
        mantissa, exponent_text = s[:position], s[position + 1:]
        exponent_sign = 1
        if exponent_text[:1] in ('+', '-'):
            exponent_sign = -1 if exponent_text[0] == '-' else 1
            exponent_text = exponent_text[1:]
        if not _digits(exponent_text):
            return None
        exponent = exponent_sign * int(exponent_text)
        s = mantissa
    whole, dot, decimals = s.partition('.')
    if not whole and not decimals:
        return None
    if whole and not _digits(whole):
        return None
    if dot and decimals and not _digits(decimals):
        return None
    if not whole and not dot:
        return None
    if not whole and not (decimals and decimals[0].isdigit()):
        return None
    decimals = decimals.replace('_', '')
    numerator = int(whole or '0') * 10 ** len(decimals) + int(decimals or '0')
    denominator = 10 ** len(decimals)
    if exponent >= 0:
        numerator *= 10 ** exponent
    else:
        denominator *= 10 ** -exponent
    return sign * numerator, denominator


class Fraction:
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
                self._numerator = numerator
                self._denominator = denominator
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif _is_rational(numerator) and _is_rational(denominator):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = _pair(numerator)
                n2, d2 = _pair(denominator)
                numerator, denominator = n1 * d2, d1 * n2
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        raise NotImplementedError('Fraction.from_decimal: the decimal module is not available in Tessera')

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q until the next denominator would be too
        # large, then pick the better of the last convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if spec:
            raise TypeError('unsupported format string passed to %s.__format__' % type(self).__name__)
        return str(self)

    # Arithmetic: exact with ints and Fractions, float arithmetic with floats.
    def _operate(self, other, exact, inexact):
        if isinstance(other, Fraction) or isinstance(other, int):
            return exact(self, _as_fraction(other))
        if isinstance(other, float):
            return inexact(float(self), other)
        return NotImplemented

    def _operate_reflected(self, other, exact, inexact):
        if isinstance(other, int):
            return exact(Fraction(other), self)
        if isinstance(other, float):
            return inexact(other, float(self))
        return NotImplemented

    def __add__(a, b):
        return a._operate(b, _add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._operate_reflected(a, _add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._operate(b, _sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._operate_reflected(a, _sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._operate(b, _mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._operate_reflected(a, _mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._operate(b, _div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._operate_reflected(a, _div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._operate(b, _floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._operate_reflected(a, _floordiv, lambda x, y: x // y)

    def __mod__(a, b):
        return a._operate(b, _mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._operate_reflected(a, _mod, lambda x, y: x % y)

    def __divmod__(a, b):
        return a._operate(b, _divmod, divmod)

    def __rdivmod__(b, a):
        return b._operate_reflected(a, _divmod, divmod)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            b = _as_fraction(b)
            if b._denominator == 1:
                power = b._numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        result = value if self._numerator >= 0 else -value
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, (int, Fraction)):
            b = _as_fraction(b)
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (int, Fraction)):
            other = _as_fraction(other)
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _pair(value):
    if isinstance(value, Fraction):
        return value._numerator, value._denominator
    return int(value), 1


def _as_fraction(value):
    return value if isinstance(value, Fraction) else Fraction(int(value))


def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    denominator = a._denominator * b._denominator
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), denominator)


def _divmod(a, b):
    quotient, remainder = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
    return quotient, Fraction(remainder, a._denominator * b._denominator)
