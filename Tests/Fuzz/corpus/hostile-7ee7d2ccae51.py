print(round(2**63 - 1, -1), round(-2**63, -18), round(-2**63, -19))
