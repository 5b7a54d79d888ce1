x = round(float("nan"))
