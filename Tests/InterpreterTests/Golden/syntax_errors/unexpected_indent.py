# A line indented for no reason.
x = 1
print(x)
    y = 2
print(y)
