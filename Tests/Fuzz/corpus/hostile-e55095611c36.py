"x".zfill(2**40)
