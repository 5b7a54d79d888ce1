import matplotlib.pyplot as plt
xs = [1, 2, 3, 4, 5, 6]
ys = [2.0, 2.8, 3.1, 4.5, 4.9, 6.2]
plt.errorbar(xs, ys, yerr=[0.3, 0.2, 0.5, 0.3, 0.4, 0.6], fmt='o', capsize=4)
