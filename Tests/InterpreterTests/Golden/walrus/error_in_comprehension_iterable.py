# assignment expressions cannot rebind a comprehension iteration variable
print([i for i in range(3) if (i := 1)])
