# copy: atomic values stay themselves, frozen/tuple identity, deepcopy of nested tuples with lists, copy.Error
import copy


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)


for value in [None, 1, 2.5, True, 'text', (1, 2), frozenset([1]), range(3), len, Node]:
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].value = 40
print(tree)
print(clone)
shallow = copy.copy(tree)
print(shallow.children is tree.children, shallow is tree)

nested = ([1, 2], (3, [4]))
deep = copy.deepcopy(nested)
print(deep == nested, deep is nested, deep[1] is nested[1], deep[1][1] is nested[1][1])

d = {'a': [1], 'b': {'c': [2]}}
d2 = copy.deepcopy(d)
d2['b']['c'].append(3)
print(d, d2)

s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)

memo = {}
inner = [1]
outer = [inner, inner]
first = copy.deepcopy(outer, memo)
print(first[0] is first[1], memo[id(inner)] is first[0])


class NoCopy:
    def __reduce_ex__(self, protocol):
        raise TypeError('no copies of %s' % type(self).__name__)


try:
    copy.copy(NoCopy())
except TypeError as e:
    print('TypeError:', e)


print(issubclass(copy.Error, Exception), copy.error is copy.Error)


class AsName:
    def __reduce_ex__(self, protocol):
        return 'AsName'


same = AsName()
print(copy.copy(same) is same, copy.deepcopy(same) is same)
