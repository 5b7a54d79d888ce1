"""Functions creating iterators for efficient looping."""

# The iterators are native classes (Modules/ItertoolsModule.swift), as CPython's are C classes:
# written as Python generators they ran tens to hundreds of times slower than CPython.
from _itertools import (accumulate, chain, combinations, combinations_with_replacement,
                        compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                        pairwise, permutations, product, repeat, starmap, takewhile, tee,
                        zip_longest, _grouper)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']
