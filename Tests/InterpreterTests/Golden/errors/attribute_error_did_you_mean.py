# The "Did you mean" hint of an AttributeError is computed when the traceback is printed, from
# the object's attributes; many caught misses before it change nothing.
class Point:
    def __init__(self):
        self.longitude = 1.5
        self.latitude = 2.5

p = Point()
misses = 0
for i in range(1000):
    try:
        p.longtude
    except AttributeError as e:
        misses += 1
        last = str(e)
print(misses, last)
print(getattr(p, 'longtude', 'default'), hasattr(p, 'longtude'))
print(p.longtude)
