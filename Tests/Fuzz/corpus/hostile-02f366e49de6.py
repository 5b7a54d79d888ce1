print(len(str(10 ** 4299)))
