# Two missing required arguments.
def area(width, height):
    return width * height
print(area(2, 3))
area()
