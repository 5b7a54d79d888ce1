# TypeErrors from augmented assignment name the augmented operator, as CPython does.


def int_plus_str():
    n = 1
    n += 'a'


def float_minus_str():
    n = 1.5
    n -= 'a'


def str_plus_int():
    s = 'a'
    s += 1


def str_times_str():
    s = 'a'
    s *= 'b'


def tuple_plus_list():
    t = (1,)
    t += [2]


def list_times_str():
    items = [1]
    items *= 'x'


def none_floordiv():
    n = None
    n //= 2


def int_matmul():
    n = 3
    n @= 2


def global_name():
    global counter
    counter += 'x'


counter = 0
for case in [int_plus_str, float_minus_str, str_plus_int, str_times_str, tuple_plus_list, list_times_str,
             none_floordiv, int_matmul, global_name]:
    try:
        case()
    except TypeError as e:
        print(case.__name__, "->", e)


class Box:
    def __init__(self, v):
        self.v = v


b = Box(1)
try:
    b.v += "x"
except TypeError as e:
    print("attribute:", e)
items = [1]
try:
    items[0] -= "x"
except TypeError as e:
    print("subscript:", e)
try:
    1 + "x"
except TypeError as e:
    print("binary:", e)
for left, right in [(1, 1.5), (2.0, 1), (1.5, 2.5)]:
    try:
        left & right
    except TypeError as e:
        print("bitwise:", e)
    try:
        left << right
    except TypeError as e:
        print("shift:", e)
x = 1.5
try:
    x |= 2
except TypeError as e:
    print("float |=:", e)
