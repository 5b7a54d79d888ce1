print(len(format(1.5, ".1000f")), len("%.1000f" % 1.5), len(f"{2**0.5:.500e}"))
