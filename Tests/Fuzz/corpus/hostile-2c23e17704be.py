"x".center(2**40)
