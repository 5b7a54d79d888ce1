# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
nums = [4, 5, 6]
print(total(*nums), total(0, *nums, 7), total(*range(3), *''))
def three(a, b, c): return a * 100 + b * 10 + c
print(three(*[1, 2, 3]), three(1, *(2, 3)), three(*(x for x in [1, 2, 3])))
