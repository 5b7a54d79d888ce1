import matplotlib.pyplot as plt
xs = [0, 1, 2, 3, 4, 5, 6]
plt.plot(xs, [1, 3, 2, 5, 4, 6, 5], 'r--o')
plt.plot(xs, [0, 1, 1, 2, 3, 3, 4], 'g:s')
plt.plot(xs, [2, 2, 3, 3, 2, 1, 1], 'b-.^')
plt.plot(xs, [5, 4, 4, 3, 1, 0, 0], 'ko')
