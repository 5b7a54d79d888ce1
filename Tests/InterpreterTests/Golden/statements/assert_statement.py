# assert passes silently or raises AssertionError (with optional message).
assert True
assert 1 + 1 == 2, 'math works'
try:
    assert 1 > 2
except AssertionError as e:
    print('AssertionError:', repr(str(e)), e.args)
try:
    assert [] , 'empty list is falsy'
except AssertionError as e:
    print('AssertionError:', e)
def check(ac, br):
    assert ac == br, f'shape mismatch: {ac} != {br}'
    return 'ok'
print(check(3, 3))
try:
    check(3, 4)
except AssertionError as e:
    print('AssertionError:', e)
