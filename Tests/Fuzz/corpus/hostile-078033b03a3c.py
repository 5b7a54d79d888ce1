print(round(float("inf"), 2), round(float("nan"), 2), round(1e300, -300), round(1e-300, 300))
