import matplotlib.pyplot as plt
import numpy as np
x = np.linspace(-3, 3, 60)
y = np.linspace(-2, 2, 40)
X, Y = np.meshgrid(x, y)
Z = np.exp(-(X ** 2) / 2 - Y ** 2)
plt.contour(X, Y, Z)
