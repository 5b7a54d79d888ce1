x = pow(2, 3, 0)
