import matplotlib.pyplot as plt
plt.figure(figsize=(4, 3), dpi=80)
plt.plot([0, 1, 2], [1, 0, 1], 'm-o')
plt.title('small')
