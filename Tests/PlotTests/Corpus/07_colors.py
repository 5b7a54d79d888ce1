import matplotlib.pyplot as plt
xs = [0, 1, 2, 3]
plt.plot(xs, [0, 1, 2, 3], color='tab:orange', linewidth=3)
plt.plot(xs, [1, 2, 3, 4], color='#2ca02c', linewidth=3)
plt.plot(xs, [2, 3, 4, 5], color='C3', linewidth=3)
plt.plot(xs, [3, 4, 5, 6], color='darkviolet', linewidth=3)
plt.plot(xs, [4, 5, 6, 7], color='0.5', linewidth=3)
plt.plot(xs, [5, 6, 7, 8], color=(0.1, 0.2, 0.8), linewidth=3)
plt.plot(xs, [6, 7, 8, 9], linewidth=3)
