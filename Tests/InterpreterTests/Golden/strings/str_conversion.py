# str() of various values.
print(str(42), str(-3.5), str(True), str(None), str([1, 'a']), str((1,)))
print(str({'a': [1, 2]}), str(1e-05), str(1e16))
print(str(), repr(str()))
print(str('abc') == 'abc')
print(str(0.1 + 0.2))
print(str(10 // 3) + str(10 % 3))
print(len(str(12345)))
print(str(range(3)), str(range(1, 10, 2)))
