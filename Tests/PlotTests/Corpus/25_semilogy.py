import matplotlib.pyplot as plt
xs = list(range(1, 11))
plt.semilogy(xs, [10 ** (x / 2) for x in xs])
plt.title('exponential growth')
