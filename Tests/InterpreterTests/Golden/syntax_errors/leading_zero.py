# Decimal integers cannot have leading zeros.
a = 0
b = 00
c = 0o123
n = 0123
