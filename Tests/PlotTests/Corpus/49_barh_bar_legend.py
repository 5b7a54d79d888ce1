import matplotlib.pyplot as plt
xs = [0, 1, 2, 3]
plt.bar([x - 0.2 for x in xs], [3, 4, 2, 5], width=0.4, label='2023')
plt.bar([x + 0.2 for x in xs], [4, 2, 3, 4], width=0.4, label='2024')
plt.xticks(xs, ['Q1', 'Q2', 'Q3', 'Q4'])
plt.legend()
