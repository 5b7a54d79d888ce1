"x".rjust(2**40)
