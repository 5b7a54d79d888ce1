print(hex(-2**63), oct(2**64), bin(-1))
