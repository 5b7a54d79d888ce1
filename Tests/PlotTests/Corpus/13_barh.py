import matplotlib.pyplot as plt
plt.barh([0, 1, 2, 3, 4], [5, 3, 8, 2, 6], color='tab:green')
plt.xlabel('score')
