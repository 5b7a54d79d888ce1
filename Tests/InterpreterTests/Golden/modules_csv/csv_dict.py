import csv
import io

text = 'name,score,grade\nann,90,A\nbob,72\n\ncid,88,B,extra,more\n'
reader = csv.DictReader(io.StringIO(text))
print(reader.fieldnames, reader.line_num)
for row in reader:
    print(row, reader.line_num)
print(list(csv.DictReader(io.StringIO(text), restkey='rest', restval='?')))
print(list(csv.DictReader(['1,2', '3,4'], fieldnames=['a', 'b'])))
print(list(csv.DictReader(io.StringIO(''))), csv.DictReader(io.StringIO('')).fieldnames)
rows = list(csv.DictReader(io.StringIO('x;y\n1;2\n'), delimiter=';'))
print(rows, sum(int(r['x']) + int(r['y']) for r in rows))

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=['name', 'score', 'note'])
print(writer.writeheader())
writer.writerow({'name': 'ann', 'score': 90, 'note': 'top, best'})
writer.writerow({'name': 'bob', 'score': 72})
writer.writerows([{'name': 'cid'}, {'score': 1.5, 'name': 'dee'}])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval='-', extrasaction='ignore')
w.writerow({'a': 1, 'b': 2})
w.writerow({})
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print('ValueError', e)
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='skip')
except ValueError as e:
    print('ValueError', e)
