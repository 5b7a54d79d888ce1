# collections.OrderedDict.
from collections import OrderedDict
od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == {'a': 1})
