import matplotlib.pyplot as plt
plt.plot([1000.1, 1000.2, 1000.3, 1000.4, 1000.5], [1, 3, 2, 4, 3])
