import matplotlib.pyplot as plt
xs = [10 ** (i / 4) for i in range(13)]
plt.loglog(xs, [x ** 1.5 for x in xs], 'o-')
plt.xlabel('n')
plt.ylabel('cost')
