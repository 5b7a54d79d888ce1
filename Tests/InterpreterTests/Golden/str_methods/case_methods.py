# Case conversion.
s = 'hello World, it\'s a TEST'
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print('ß'.upper(), 'ÉCOLE'.lower(), 'éclair'.capitalize())
print('python3 rocks'.title(), "they're".title())
