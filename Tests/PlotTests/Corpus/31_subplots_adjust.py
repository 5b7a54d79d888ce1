import matplotlib.pyplot as plt
fig, axs = plt.subplots(1, 2)
axs[0].plot([0, 1], [0, 1])
axs[1].plot([0, 1], [1, 0])
plt.subplots_adjust(wspace=0.5, left=0.1, right=0.95)
