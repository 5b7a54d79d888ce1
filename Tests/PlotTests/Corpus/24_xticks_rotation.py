import matplotlib.pyplot as plt
plt.plot([0, 1, 2, 3], [10, 30, 20, 40])
plt.xticks([0, 1, 2, 3], ['January', 'February', 'March', 'April'], rotation=45)
plt.yticks([10, 25, 40])
