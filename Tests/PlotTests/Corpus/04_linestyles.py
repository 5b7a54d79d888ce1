import matplotlib.pyplot as plt
xs = list(range(10))
for k, ls in enumerate(['-', '--', ':', '-.']):
    plt.plot(xs, [x + 3 * k for x in xs], linestyle=ls, label=ls)
plt.legend(loc='upper left')
