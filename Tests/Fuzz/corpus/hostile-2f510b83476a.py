x = chr(-1)
