# String indexing and slicing, including negative indices and steps.
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::3])
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-2])
print(s[-1:-4:-1], s[5::-1], s[:5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[2:8][1:3])
print('x'[0], 'x'[-1])
print(s[1:9:0] if False else 'skip zero step')
word = 'racecar'
print(word == word[::-1])
