# Dicts keep insertion order; re-assigning a key keeps its position.
d = {}
for k in ['z', 'a', 'm']:
    d[k] = len(d)
print(d)
d['z'] = 'updated'
print(list(d))
del d['a']
d['a'] = 'back'
print(d)
print(list({3: 'c', 1: 'a', 2: 'b'}))
print({k: v for k, v in sorted(d.items(), key=lambda kv: str(kv[1]))})
