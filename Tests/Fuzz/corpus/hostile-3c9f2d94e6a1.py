print(round(2**63, -63), round(-2**63, -1000))
