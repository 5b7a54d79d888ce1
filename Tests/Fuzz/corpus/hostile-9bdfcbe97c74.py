x = int(float("nan"))
