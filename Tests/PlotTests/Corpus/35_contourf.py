import matplotlib.pyplot as plt
import numpy as np
x = np.linspace(-3, 3, 50)
X, Y = np.meshgrid(x, x)
Z = X * X - Y * Y
cs = plt.contourf(X, Y, Z, cmap='coolwarm')
plt.colorbar(cs)
