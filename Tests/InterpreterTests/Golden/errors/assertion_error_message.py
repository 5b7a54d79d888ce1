# A failing assert with a message.
ac, br = 784, 10
assert ac == br, f'inner dimensions differ: {ac} vs {br}'
