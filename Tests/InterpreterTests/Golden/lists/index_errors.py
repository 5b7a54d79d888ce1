# Out-of-range indexing raises; slicing never does.
a = [1, 2, 3]
for i in [0, 2, 3, -1, -3, -4]:
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, 'IndexError:', e)
print(a[5:10], a[-10:1])
try:
    a[3] = 4
except IndexError as e:
    print('IndexError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    a.pop(10)
except IndexError as e:
    print('IndexError:', e)
