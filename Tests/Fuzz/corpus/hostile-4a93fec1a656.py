print(int(1e18) * 10, int(-9.3e18), int(9.2e18) + int(9.2e18))
