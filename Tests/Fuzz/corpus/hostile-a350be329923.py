"x".ljust(2**40)
