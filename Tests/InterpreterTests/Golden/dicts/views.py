# keys/values/items views reflect later changes.
d = {'one': 1, 'two': 2}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d['three'] = 3
print(len(ks), list(ks), list(vs))
print('one' in ks, 2 in vs, ('two', 2) in its)
print(sorted(ks), sum(vs))
for k, v in d.items():
    print(k, v)
print(list(reversed(list(d))))
