# A triple-quoted string that never ends.
x = 1
print(x)
s = """starts here
and never ends
