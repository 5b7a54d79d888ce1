# operator functions mirror the operators.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 2))
print(op.pow(2, 5), op.neg(4), op.abs(-2), op.not_(0), op.truth([1]))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2))
print(op.getitem([1, 2, 3], 1), op.contains('abc', 'b'), op.concat([1], [2]))
from functools import reduce
print(reduce(op.mul, range(1, 8)))
