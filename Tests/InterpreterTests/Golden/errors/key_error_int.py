# A missing int key shows the key's repr.
squares = {i: i * i for i in range(3)}
print(squares)
print(squares[3])
