# A for loop whose body is not indented (blank lines in between).
total = 0
for i in range(3):

total += i
print(total)
