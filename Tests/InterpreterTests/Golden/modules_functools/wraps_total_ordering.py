# functools.wraps keeps metadata; total_ordering fills comparisons.
import functools
def deco(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)
    return inner
@deco
def documented():
    """Doc text."""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(Score(1) <= Score(2), Score(3) >= Score(2), Score(1) > Score(2))
