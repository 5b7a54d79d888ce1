# Percent format spec.
p = 0.4567
print(f'{p:.2%}')
print(f'{p:%}')
print(f'{p:.0%}')
print(f'{1:.1%}', f'{0.005:.1%}')
accuracy = 9511 / 10000
print(f'accuracy: {accuracy:.2%}')
