print(float("1e500"), float("-1e500"), float("1e-500"))
