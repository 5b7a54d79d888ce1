import matplotlib.pyplot as plt
xs = [(i * 37) % 100 / 10 for i in range(60)]
ys = [(i * 53) % 100 / 10 for i in range(60)]
plt.scatter(xs, ys)
plt.title("scatter")
