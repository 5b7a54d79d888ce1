# Counting, grouping and inverting with plain dicts.
text = 'the cat sat on a mat and the dog ate a bone'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inverse = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverse)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d = {'k1': 1, 'k2': 2}
for k in list(d):
    if d[k] == 1:
        del d[k]
print(d)
try:
    for k in d:
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
