# itertools objects are lazy iterator classes: product and the combinatoric iterators read their
# inputs once and then yield one tuple at a time; islice leaves its source where CPython does;
# argument errors carry CPython's messages.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)

big = product(range(2000), range(2000))
print(next(big), next(big), type(big).__name__, iter(big) is big)
print(next(permutations(range(1000), 3)), next(combinations(range(1000), 4)))
print(next(combinations_with_replacement(range(1000), 3)))
print(list(product()), list(product(repeat=0)), list(product("ab", [])), list(product("ab", repeat=2)))
print(list(product([1, 2], "xy")), len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), list(permutations("abcd", 2))[:5], list(permutations([], 0)), list(permutations("ab", 3)))
print(list(permutations(range(3), 0)), list(permutations("ab", True)))
print(list(combinations("abcd", 2)), list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 2)),
      list(combinations_with_replacement("", 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: product([1], repeat=-1))
show(lambda: product([1], repeat="x"))
show(lambda: product(1, [2]))
show(lambda: product([1], times=2))
show(lambda: permutations("abc", -1))
show(lambda: permutations("abc", "x"))
show(lambda: permutations(5))
show(lambda: combinations("abc", -1))
show(lambda: combinations("abc"))
show(lambda: combinations("abc", 1.5))
show(lambda: combinations_with_replacement("abc", -2))
show(lambda: islice("abc", -1))
show(lambda: islice("abc", 1, -1))
show(lambda: islice("abc", 0, 2, 0))
show(lambda: islice("abc", "x"))
show(lambda: islice("abc"))
show(lambda: islice("abc", 1, 2, 3, 4))
show(lambda: list(islice("abcdefg", None)))
show(lambda: list(islice("abcdefg", 2, None, 2)))
show(lambda: list(islice("abcdefg", 1, 6, 2)))
show(lambda: list(islice("abcdefg", 5, 2)))
show(lambda: count("a"))
show(lambda: repeat(1, None))
show(lambda: tee([1], -1))
show(lambda: chain(1, 2).__next__())
show(lambda: list(chain([1], 2)))
show(lambda: list(zip_longest([1], fill=0)))
show(lambda: list(starmap(pow, [1, 2])))
show(lambda: list(accumulate([1, 2], nope=1)))
show(lambda: cycle([1], [2]))

src = iter(range(10))
print(list(islice(src, 1, 7, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 5, 2)), next(src))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 0)), next(src))

c = count(5)
print(next(c), next(c), repr(c), repr(count()), repr(count(1.5, 0.5)), repr(count(3, 1.0)), repr(count(step=-2)))
c = count(4611686018427387904)
print(next(c), next(c))
r = repeat("x", 3)
print(repr(r), next(r), repr(r), r.__length_hint__(), list(r), repr(r), repr(repeat(None)), repr(repeat(1, -5)))
print(list(repeat(object=2, times=2)), list(map(pow, range(4), repeat(2))))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5)),
      list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["ab", "cd"])), list(chain()))
lazy = chain.from_iterable(repeat([1, 2]))
print(next(lazy), next(lazy), next(lazy))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1, 1, 1, 1, 1])), list(compress("abcdef", [0, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: a, ["ab", [1]])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest("ab", "xyz")))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), type(a).__name__, tee([1], 0), len(tee("ab", 3)))
x, y = tee(count())
print([next(x) for _ in range(3)], next(y))
print([(k, list(g)) for k, g in groupby("aaabccaa")])
print([(k, len(list(g))) for k, g in groupby(range(10), key=lambda v: v // 4)])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("aaabb")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2), list(it))
print(type(product([1])).__name__, type(chain()).__name__, isinstance(count(), itertools.count),
      type(groupby("a")).__name__, type(next(groupby("a"))[1]).__name__)


class MyChain(chain):
    pass


print(list(MyChain("ab", "c")), type(MyChain()).__name__)
