# `in` on strings and string comparison.
s = 'hello world'
print('lo w' in s, 'xyz' in s, '' in s, 'H' in s, 'h' not in s)
print('apple' < 'banana', 'apple' < 'Apple', 'a' < 'aa', 'Z' < 'a')
print('abc' == 'abc', 'abc' != 'abd', 'abc' <= 'abc', 'b' > 'abc')
print(sorted(['pear', 'Apple', 'apple', 'banana', 'Banana']))
print(max('hello'), min('hello'))
print('10' < '9', 10 < 9)
