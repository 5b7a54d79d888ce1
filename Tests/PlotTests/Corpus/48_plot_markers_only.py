import matplotlib.pyplot as plt
plt.plot([1, 2, 3, 4, 5], [5, 3, 4, 1, 2], 'D', markersize=10, markerfacecolor='yellow')
