import matplotlib.pyplot as plt
xs = [1, 2, 3, 4, 5]
plt.stackplot(xs, [1, 2, 3, 2, 1], [2, 2, 1, 3, 2], [1, 1, 2, 2, 3], labels=['a', 'b', 'c'])
plt.legend(loc='upper left')
