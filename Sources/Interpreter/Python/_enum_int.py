"""The int behaviour of IntEnum and IntFlag members. Private to enum."""


def _number(x):
    return x._value_ if isinstance(x, _IntLike) else x


class _IntLike:
    """How IntEnum and IntFlag members act as their int value: comparisons, hashing,
    arithmetic, int()/index()/float(). (Tessera cannot make instances of subclasses of int, so
    the members are plain objects; isinstance(member, int) is False.)"""

    def __new__(cls, value=0):
        self = object.__new__(cls)
        self._value_ = value if type(value) is int else int(value)
        return self

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        other = _number(other)
        if isinstance(other, (int, float)):
            return self._value_ == other
        return NotImplemented

    def __ne__(self, other):
        other = _number(other)
        if isinstance(other, (int, float)):
            return self._value_ != other
        return NotImplemented

    def __lt__(self, other):
        return self._value_ < _number(other)

    def __le__(self, other):
        return self._value_ <= _number(other)

    def __gt__(self, other):
        return self._value_ > _number(other)

    def __ge__(self, other):
        return self._value_ >= _number(other)

    def __add__(self, other):
        return self._value_ + _number(other)

    def __radd__(self, other):
        return _number(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _number(other)

    def __rsub__(self, other):
        return _number(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _number(other)

    def __rmul__(self, other):
        return _number(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _number(other)

    def __rtruediv__(self, other):
        return _number(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _number(other)

    def __rfloordiv__(self, other):
        return _number(other) // self._value_

    def __mod__(self, other):
        return self._value_ % _number(other)

    def __rmod__(self, other):
        return _number(other) % self._value_

    def __pow__(self, other):
        return self._value_ ** _number(other)

    def __rpow__(self, other):
        return _number(other) ** self._value_

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __and__(self, other):
        return self._value_ & _number(other)

    def __rand__(self, other):
        return _number(other) & self._value_

    def __or__(self, other):
        return self._value_ | _number(other)

    def __ror__(self, other):
        return _number(other) | self._value_

    def __xor__(self, other):
        return self._value_ ^ _number(other)

    def __rxor__(self, other):
        return _number(other) ^ self._value_

    def __lshift__(self, other):
        return self._value_ << _number(other)

    def __rshift__(self, other):
        return self._value_ >> _number(other)

    def __invert__(self):
        return ~self._value_

    def bit_length(self):
        return self._value_.bit_length()
