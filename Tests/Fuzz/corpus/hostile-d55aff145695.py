print(int(1e300) % 1000, int(-1e300) % 1000, int(5e-324))
