x = float("1e")
