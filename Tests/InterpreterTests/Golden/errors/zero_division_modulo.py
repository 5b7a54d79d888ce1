# Integer modulo by zero has its own message.
values = [7, 3, 0]
for v in values:
    print(100 % v)
print('not reached')
