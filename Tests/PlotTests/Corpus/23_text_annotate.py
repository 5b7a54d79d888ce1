import matplotlib.pyplot as plt
plt.plot([0, 1, 2, 3, 4, 5], [0, 1, 4, 9, 16, 25])
plt.text(0.5, 20, 'y = x squared', fontsize=14)
plt.annotate('here', xy=(3, 9), xytext=(1, 15), arrowprops=dict(facecolor='black', shrink=0.05))
