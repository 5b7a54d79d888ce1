import matplotlib.pyplot as plt
xs = list(range(20))
plt.plot(xs, [x % 5 for x in xs], linewidth=6, alpha=0.4)
plt.plot(xs, [(x * 3) % 7 for x in xs], lw=0.8, color='k')
