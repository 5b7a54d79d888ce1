# A failing assert without a message.
x = 3
assert x > 0
print('first assert passed')
assert x > 5
print('never printed')
