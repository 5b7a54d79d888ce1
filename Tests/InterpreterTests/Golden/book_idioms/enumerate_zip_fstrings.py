# enumerate/zip loops printing metrics with f-strings and :.4f.
train_losses = [0.5006, 0.2140, 0.1291, 0.0899]
valid_accs = [0.8314, 0.9017, 0.9227, 0.9349]
for epoch, (loss, acc) in enumerate(zip(train_losses, valid_accs)):
    print(f'epoch {epoch}: train_loss={loss:.4f} valid_acc={acc:.4f}')
for i in range(len(valid_accs)):
    print(round(valid_accs[i], 2), end=' ')
print()
print(f'{5435.53662109375:.4f} {1577.4495849609375:.2f} {0.4912068545818329:.4f}')
print(f'{1e-5:.4f} {-0.0001:.4f} {0.00005:.4f}')
