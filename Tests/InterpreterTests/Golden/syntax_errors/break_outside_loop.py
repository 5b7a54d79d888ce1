# break outside a loop.
x = 1
for i in range(3):
    pass
break
