"x\ty".expandtabs(2**40)
