import matplotlib.pyplot as plt
plt.subplot(2, 1, 1)
plt.plot([1, 2, 3, 4], [4, 3, 2, 1])
plt.title('top')
plt.subplot(2, 1, 2)
plt.plot([1, 2, 3, 4], [1, 3, 2, 4], 'g')
plt.xlabel('bottom x')
