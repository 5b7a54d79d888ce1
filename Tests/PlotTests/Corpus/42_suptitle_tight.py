import matplotlib.pyplot as plt
fig, axs = plt.subplots(2, 1)
axs[0].plot([1, 2, 3], [3, 1, 2])
axs[0].set_ylabel('first')
axs[1].plot([1, 2, 3], [1, 2, 3])
axs[1].set_xlabel('x label')
fig.suptitle('A figure title')
plt.tight_layout()
