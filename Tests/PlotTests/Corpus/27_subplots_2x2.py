import matplotlib.pyplot as plt
fig, axs = plt.subplots(2, 2)
axs[0, 0].plot([1, 2, 3], [1, 2, 1])
axs[0, 0].set_title('up')
axs[0, 1].bar([1, 2, 3], [3, 1, 2])
axs[1, 0].scatter([1, 2, 3], [2, 3, 1])
axs[1, 1].plot([1, 2, 3], [3, 2, 3], 'r--')
axs[1, 1].set_xlabel('x')
