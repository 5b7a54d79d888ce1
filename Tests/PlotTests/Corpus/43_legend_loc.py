import matplotlib.pyplot as plt
plt.plot([0, 1, 2], [0, 1, 4], label='rising')
plt.plot([0, 1, 2], [4, 1, 0], label='falling')
plt.legend(loc='lower right', title='lines')
