import matplotlib.pyplot as plt
fig, axs = plt.subplots(2, 3, figsize=(9, 5))
for k, ax in enumerate(axs.flat):
    ax.plot([0, 1, 2, 3], [0, k, 2 * k, k])
    ax.set_title('plot %d' % k)
fig.tight_layout()
