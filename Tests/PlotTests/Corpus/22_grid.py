import matplotlib.pyplot as plt
plt.plot([0, 10, 20, 30], [5, 15, 10, 25], 'o-')
plt.grid(True)
