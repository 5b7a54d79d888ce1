x = format(2**63, "c")
