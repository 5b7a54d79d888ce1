import matplotlib.pyplot as plt
xs = list(range(10))
ys = [1, 3, 2, 5, 4, 4, 6, 3, 2, 5]
plt.step(xs, ys, label='pre')
plt.step(xs, [y + 4 for y in ys], where='post', label='post')
plt.legend()
