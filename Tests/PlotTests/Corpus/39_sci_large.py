import matplotlib.pyplot as plt
plt.plot([0, 1, 2, 3], [1.0e6, 2.6e6, 1.5e6, 2.2e6])
