x = (2**63).__index__(); print(x)
