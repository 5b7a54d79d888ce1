print(2.0 ** 1023 * 2, -2.0 ** 1024 if False else 'x')
