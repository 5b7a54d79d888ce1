import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([0, 1, 2, 3], [0, 2, 1, 3], 'o-')
ax.invert_yaxis()
ax.set_aspect('equal')
