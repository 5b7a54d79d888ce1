import matplotlib.pyplot as plt
plt.plot([0, 1, 2, 3, 4], [0.2, 0.5, 0.3, 0.9, 0.7], 'k')
plt.hlines([0.25, 0.75], 0, 4, colors='g', linestyles='dashed')
plt.ylim(0, 1)
