import matplotlib.pyplot as plt
xs = [i / 10 for i in range(50)]
plt.plot(xs, [x * x for x in xs], label="square")
plt.plot(xs, [3 * x for x in xs], label="linear")
plt.legend()
