# The combinatoric iterators, pairwise and zip_longest refill their result tuple when no one
# else holds it (as CPython's do). A tuple that is kept -- in a list, a variable, a dict, or
# as another tuple's item -- must never change afterwards.
import itertools

kept = list(itertools.product("ab", range(2)))
print(kept)
print(list(itertools.product(range(2), repeat=3)))

last = None
for p in itertools.permutations(range(3), 2):
    if last is not None:
        print(last, "->", p, last is p)
    last = p

seen = {}
for c in itertools.combinations("abcd", 2):
    seen[c] = len(seen)
print(seen)

held = []
for c in itertools.combinations_with_replacement("xy", 3):
    held.append((c, c[0]))
print(held)

pairs = []
for a, b in itertools.pairwise("abcde"):
    pairs.append(a + b)
print(pairs)
whole = [p for p in itertools.pairwise(range(5))]
print(whole, whole[0] is whole[1])

print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")))
rows = []
for row in itertools.zip_longest(range(3), "pq"):
    rows.append(row)
print(rows)
print(list(itertools.zip_longest()))

# Unpacked in the loop header: the tuple is refilled while its items live on in variables.
total = 0
for a, b in itertools.product(range(1, 4), range(1, 4)):
    total += a * b
print(total)
print(sum(x + (y or 0) for x, y in itertools.zip_longest(range(10), range(4))))

# An item that fails mid-way leaves no half-built tuple behind.
def boom():
    yield 1
    raise ValueError("stop here")

it = itertools.zip_longest([1, 2], boom())
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)

# starmap passes each tuple's items as the arguments, to any kind of callable.
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.starmap(lambda *args: args, [(), (1,), (1, 2)])))
print(list(itertools.starmap(max, [[4, 9, 2], (7, 1)])))
def keyword_only(a, *, b=10):
    return a + b
print(list(itertools.starmap(keyword_only, [(1,), (2,)])))
try:
    list(itertools.starmap(lambda a, b: a, [(1, 2, 3)]))
except TypeError as e:
    print("TypeError:", e)
