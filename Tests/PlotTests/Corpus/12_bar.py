import matplotlib.pyplot as plt
plt.bar(['apples', 'pears', 'plums', 'kiwis'], [12, 7, 15, 4])
plt.ylabel('count')
plt.title('Fruit')
