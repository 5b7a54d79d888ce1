x = chr(2**63)
