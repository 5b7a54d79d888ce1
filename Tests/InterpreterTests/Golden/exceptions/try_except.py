# try/except with specific handlers and `as`.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print('caught:', e)
        return None
print(safe_div(1, 2), safe_div(1, 0))
for value in ['12', 'abc', None]:
    try:
        n = int(value)
    except ValueError as e:
        print('ValueError:', e)
    except TypeError as e:
        print('TypeError:', e)
    else:
        print('parsed', n)
try:
    [][0]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}['k']
except Exception as e:
    print('generic', type(e).__name__, e)
