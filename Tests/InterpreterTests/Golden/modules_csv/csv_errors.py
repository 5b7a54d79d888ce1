import csv
import io

cases = [
    lambda: list(csv.reader(['a,"b"c'], strict=True)),
    lambda: list(csv.reader(['"abc'], strict=True)),
    lambda: list(csv.reader(['a\rb,c'])),
    lambda: list(csv.reader(['a\0b'])),
    lambda: list(csv.reader([b'a,b'])),
    lambda: list(csv.reader([1])),
    lambda: list(csv.reader(['a'], delimiter='::')),
    lambda: list(csv.reader(['a'], delimiter=1)),
    lambda: list(csv.reader(['a'], quoting=9)),
    lambda: list(csv.reader(['a'], quotechar=None)),
    lambda: list(csv.reader(['a'], dialect='nope')),
    lambda: list(csv.reader(['a'], bogus=1)),
    lambda: list(csv.reader(['x,1'], quoting=csv.QUOTE_NONNUMERIC)),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['"']),
    lambda: csv.writer(5),
    lambda: csv.get_dialect('missing'),
    lambda: csv.unregister_dialect('missing'),
]
for case in cases:
    try:
        print(case())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(csv.Error, Exception), csv.field_size_limit())
old = csv.field_size_limit(5)
try:
    list(csv.reader(['abcdefgh']))
except csv.Error as e:
    print(e)
csv.field_size_limit(old)
