print(divmod(10 ** 30, -7), divmod(-10 ** 30, 7), 10 ** 30 % -7)
