import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([0, 1, 2, 3], [2, 0, 3, 1])
ax.tick_params(labelsize=14, direction='in', length=6)
