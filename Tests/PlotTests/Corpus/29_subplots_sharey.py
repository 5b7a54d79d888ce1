import matplotlib.pyplot as plt
fig, axs = plt.subplots(1, 3, sharey=True, figsize=(8, 3))
for k in range(3):
    axs[k].plot([0, 1, 2], [0, k + 1, 2 * k])
fig.suptitle('shared y')
