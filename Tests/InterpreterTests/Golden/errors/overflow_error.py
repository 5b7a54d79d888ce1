# Converting an infinite float to int raises OverflowError.
print(1e308 * 10)
print(int(float('inf')))
