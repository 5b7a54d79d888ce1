x = int(float("inf"))
