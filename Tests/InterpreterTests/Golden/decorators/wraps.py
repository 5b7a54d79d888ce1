# functools.wraps copies __name__ and __doc__.
import functools
def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@logged
def compute(x):
    """Compute something."""
    return x * 2
print(compute(21), compute.__name__, compute.__doc__)
def plain(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@plain
def other():
    pass
print(other.__name__)
