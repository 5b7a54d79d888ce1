# accumulate and groupby.
from itertools import accumulate, groupby
import operator
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
data = 'aaabccdaa'
print([(k, len(list(g))) for k, g in groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
