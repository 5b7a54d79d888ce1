"x\ty".expandtabs(2**31)
