# Two missing required arguments.
def area(width, height):
    return width * height
area()
