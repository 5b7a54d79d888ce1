import matplotlib.pyplot as plt
plt.plot([-5, -3, -1, 1, 3], [-2.5, -1.0, 0.5, -0.5, -3.0], 'o-')
