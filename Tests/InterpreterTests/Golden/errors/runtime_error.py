# A RuntimeError with a message.
raise RuntimeError('The size of tensor a (3) must match the size of tensor b (2) at dimension 0')
