# A failing assert without a message.
x = 3
assert x > 0
assert x > 5
