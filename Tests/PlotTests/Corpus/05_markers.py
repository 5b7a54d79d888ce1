import matplotlib.pyplot as plt
xs = [1, 2, 3, 4, 5]
for k, m in enumerate(['o', '^', 's', 'D', 'x', '+', '*', 'v']):
    plt.plot(xs, [x + 2 * k for x in xs], marker=m)
