# Using an undefined name (no similar name exists, so no suggestion is added).
total = 1
print(total)
def report():
    print(undefined_variable)
report()
