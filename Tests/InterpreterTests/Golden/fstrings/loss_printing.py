# Printing numbers the way the book's training loops do.
losses = [5435.53662109375, 1577.4495849609375, 847.3780517578125]
for i, loss in enumerate(losses):
    print(f'epoch {i}: loss={loss:.4f}')
accs = [0.8314, 0.9017, 0.9227]
print(' '.join(f'{a:.4f}' for a in accs))
print(f'{"epoch":<6}{"loss":>10}')
for i, loss in enumerate(losses):
    print(f'{i:<6}{loss:>10.2f}')
print(f'{round(0.982826292514801, 4)}')
