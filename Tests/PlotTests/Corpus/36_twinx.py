import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([1, 2, 3, 4], [10, 20, 25, 30], 'b-')
ax.set_ylabel('left', color='b')
ax2 = ax.twinx()
ax2.plot([1, 2, 3, 4], [0.1, 0.4, 0.2, 0.6], 'r--')
ax2.set_ylabel('right')
