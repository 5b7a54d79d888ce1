import matplotlib.pyplot as plt
plt.plot([0, 1, 2, 3, 4], [3, 1, 4, 1, 5])
plt.axhline(2.5, color='r', linestyle='--')
plt.axvline(2, color='k', linewidth=2)
