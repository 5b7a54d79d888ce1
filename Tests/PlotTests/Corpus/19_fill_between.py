import matplotlib.pyplot as plt
import math
xs = [i / 20 for i in range(101)]
ys = [math.sin(x) for x in xs]
plt.plot(xs, ys)
plt.fill_between(xs, [y - 0.3 for y in ys], [y + 0.3 for y in ys], alpha=0.3)
