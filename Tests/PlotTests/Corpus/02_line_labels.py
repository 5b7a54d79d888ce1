import matplotlib.pyplot as plt
plt.plot([0, 1, 2, 3, 4, 5], [0, 0.8, 0.9, 0.1, -0.8, -1.0])
plt.title("Signal over time")
plt.xlabel("time (s)")
plt.ylabel("amplitude")
