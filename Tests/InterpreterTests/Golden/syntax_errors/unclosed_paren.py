print('a program with an unclosed bracket never runs')
x = (1 + 2
y = 3
