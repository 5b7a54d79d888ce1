# find, rfind, index, rindex, count, replace.
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('java'), s.find(''))
print(s.index('world'), s.rindex('o'), s.count('o'), s.count('hello'), s.count(''))
print(s.replace('hello', 'bye'), '|', s.replace('hello', 'bye', 1))
print('aaaa'.replace('a', 'b', 2), 'aaa'.count('aa'), 'abc'.replace('', '-'))
print(s.find('o', 5, 10), s.count('l', 0, 5))
try:
    s.index('java')
except ValueError as e:
    print('ValueError:', e)
