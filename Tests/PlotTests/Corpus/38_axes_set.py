import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([0, 5, 10], [1, 3, 2])
ax.set(title='set everything', xlabel='x', ylabel='y', xlim=(0, 12), ylim=(0, 4))
