print(round(-2**63, -1))
