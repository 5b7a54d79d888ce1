# Function names and arbitrary attributes on function objects.
def area(w, h):
    """Computes an area."""
    return w * h
print(area.__name__, area.__doc__)
area.calls = 0
area.calls += 1
print(area.calls)
def noop(): pass
print(noop.__doc__)
lam = lambda: 0
print(lam.__name__)
