import io

s = io.StringIO('abc')
for call in [lambda: s.write(3), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2),
             lambda: s.seek(0, 5), lambda: io.StringIO(5), lambda: s.read('x'), lambda: s.seek('a'),
             lambda: io.BytesIO().write('text'), lambda: io.BytesIO('text'), lambda: s.truncate(-1)]:
    try:
        print(call())
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
s.close()
for call in [lambda: s.getvalue(), lambda: s.read(), lambda: s.write('x'), lambda: s.tell(), lambda: iter(s)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
