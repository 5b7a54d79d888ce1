import matplotlib.pyplot as plt
plt.pie([35, 25, 25, 15], labels=['A', 'B', 'C', 'D'], autopct='%1.1f%%')
