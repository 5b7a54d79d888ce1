# CPython 3.11 appends a suggestion to the traceback line when a similar name exists.
total = 1
print(total)
try:
    totl
except NameError as e:
    print('str(e) has no suggestion:', e)
print(totl)
