# A RuntimeError with a message.
a_size, b_size = 3, 2
if a_size != b_size:
    raise RuntimeError(f'The size of tensor a ({a_size}) must match the size of tensor b ({b_size}) at dimension 0')
print('not reached')
