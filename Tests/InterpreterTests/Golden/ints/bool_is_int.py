# bool is a subclass of int.
print(True == 1, False == 0, True + True, True * 3, -True)
print(isinstance(True, int), issubclass(bool, int), type(True) is bool)
print(sum([True, False, True, True]))
print(['no', 'yes'][True], ['no', 'yes'][False])
print(True / 2, True // 2, 5 - False)
print(str(True), repr(False), int(True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('0'))
d = {1: 'one'}
d[True] = 'true'
print(d)
