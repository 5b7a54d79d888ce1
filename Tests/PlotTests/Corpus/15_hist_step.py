import matplotlib.pyplot as plt
a = [((i * 7919) % 1000) / 100 for i in range(1000)]
b = [((i * 7919) % 1000) / 200 + 2 for i in range(1000)]
plt.hist(a, bins=15, histtype='step', label='a')
plt.hist(b, bins=15, alpha=0.5, label='b')
plt.legend()
