# sorted(..., key=...) over file names and (name, score) pairs.
paths = ['train/3/10.png', 'train/3/10000.png', 'train/3/10011.png', 'train/3/1007.png', 'train/3/9.png']
print(sorted(paths))
print(sorted(paths, key=lambda p: int(p.split('/')[-1].split('.')[0])))
results = [('resnet18', 0.9511), ('linear', 0.9168), ('simple_net', 0.9826)]
for name, acc in sorted(results, key=lambda r: r[1], reverse=True):
    print(f'{name:<12}{acc:.4f}')
print(max(results, key=lambda r: r[1])[0])
