x = float(10 ** 309)
