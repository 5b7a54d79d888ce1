import matplotlib.pyplot as plt
data = [((i * 7919) % 1000) / 1000 + ((i * 104729) % 1000) / 1000 for i in range(2000)]
plt.hist(data, bins=20)
