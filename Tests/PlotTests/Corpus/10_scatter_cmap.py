import matplotlib.pyplot as plt
xs = [(i * 37) % 100 / 10 for i in range(80)]
ys = [(i * 53) % 100 / 10 for i in range(80)]
c = [x + y for x, y in zip(xs, ys)]
s = [20 + 5 * (i % 20) for i in range(80)]
plt.scatter(xs, ys, c=c, s=s, cmap='plasma', alpha=0.7)
plt.colorbar()
