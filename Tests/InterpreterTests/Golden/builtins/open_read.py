# open() a text file (this program's own source, in the working directory) and read it.
with open('open_read.py') as f:
    first = f.readline()
    rest = f.read()
print(first, end='')
print(len(rest.splitlines()) + 1, 'lines')
f = open('open_read.py', 'r')
lines = f.readlines()
f.close()
print(lines[0].rstrip('\n'))
print(lines[-1].rstrip('\n'))
with open('open_read.py') as f:
    count = 0
    for line in f:
        count += 1
print(count, count == len(lines))
