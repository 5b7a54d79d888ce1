# Integer floor division by zero.
def average(total, count):
    return total // count
print(average(10, 2))
print(average(10, 0))
