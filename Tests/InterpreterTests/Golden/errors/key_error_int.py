# A missing int key shows the key's repr.
squares = {i: i * i for i in range(3)}
print(squares)
total = sum(squares[i] for i in range(3))
print(total, squares[3])
