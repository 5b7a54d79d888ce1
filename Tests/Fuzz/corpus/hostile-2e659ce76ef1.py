print(format(-2**63, "x"), format(2**64, "#o"), format(-1, "b"), format(2**63, ","))
