# Converting an infinite float to int raises OverflowError.
big = 1e308 * 10
print(big)
print(int(1e18))
print(int(big))
