# Unsupported operand types.
count = 3
label = 'items'
print(count, label)
print(count + label)
