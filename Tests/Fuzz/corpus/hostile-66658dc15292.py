print(int("9" * 4300) % 7)
