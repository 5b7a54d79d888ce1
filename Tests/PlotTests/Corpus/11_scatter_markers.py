import matplotlib.pyplot as plt
xs = [1, 2, 3, 4, 5, 6]
plt.scatter(xs, [2, 4, 1, 5, 3, 6], marker='^', s=120, edgecolors='k', label='triangles')
plt.scatter(xs, [1, 3, 2, 4, 6, 5], marker='s', color='red', label='squares')
plt.legend()
