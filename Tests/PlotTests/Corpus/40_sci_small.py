import matplotlib.pyplot as plt
plt.plot([1, 2, 3, 4], [1e-5, 3e-5, 2e-5, 2.5e-5])
