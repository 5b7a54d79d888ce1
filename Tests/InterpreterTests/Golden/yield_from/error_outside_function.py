# yield from outside a function is a syntax error
yield from [1, 2]
