# A parenthesis that is never closed; the error names the opening bracket.
print('a program with an unclosed bracket never runs')
x = (1 + 2
y = 3
print(x, y)
