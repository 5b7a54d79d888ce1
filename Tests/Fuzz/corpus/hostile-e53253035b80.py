print(float(10 ** 308), float(-10 ** 308))
