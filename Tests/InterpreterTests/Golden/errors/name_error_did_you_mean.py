# CPython 3.11 appends a suggestion when a similar name exists.
total = 1
print(total)
print(totl)
