import matplotlib.pyplot as plt
fig, axs = plt.subplots(3, 3, figsize=(5, 5))
for k, ax in enumerate(axs.flat):
    img = [[((r + k) * (c + 1)) % 9 for c in range(8)] for r in range(8)]
    ax.imshow(img, cmap='gray')
    ax.axis('off')
