import matplotlib.pyplot as plt
grid = [[(r * c) % 7 for c in range(12)] for r in range(10)]
plt.imshow(grid, cmap='viridis')
plt.colorbar()
