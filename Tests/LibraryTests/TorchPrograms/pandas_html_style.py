# A frame's notebook HTML (escaped values, cut rows), and the book's grid of a digit's pixel
# values: df.style.set_properties(**{'font-size':'6pt'}).background_gradient('Greys'), whose
# HTML carries each cell's background and text colour. The Styler's id (`uuid`) is random in
# pandas, so it is replaced before printing.
import numpy as np
import pandas as pd
import torch


def styled(styler):
    html = styler._repr_html_()
    return html.replace("T_" + styler.uuid, "T_uuid")


frame = pd.DataFrame({'n': [1, 2], 's': ['<b>&', 'y'], 'f': [0.5, 2.0]})
print(frame._repr_html_())
print(frame.to_html())
tall = pd.DataFrame({'a': list(range(70)), 'b': [x / 7 for x in range(70)]})
print(tall._repr_html_())

pixels = ((torch.arange(11 * 18).reshape(11, 18) * 53) % 256).to(torch.uint8)
df = pd.DataFrame(pixels)
print(styled(df.style.set_properties(**{'font-size': '6pt'}).background_gradient('Greys')))

small = pd.DataFrame(torch.tensor([[0.0, 1.0, 2.0], [3.5, 3.5, 9.0], [7.25, 3.5, -1.0]]))
for cmap in ['Greys', 'Blues', 'viridis', 'PuBu', 'Reds', 'gray', 'YlOrRd']:
    print(cmap)
    print(styled(small.style.background_gradient(cmap)))
print(styled(small.style.background_gradient('Greys', axis=None)))
print(styled(small.style.background_gradient('Greys', axis=1)))
print(styled(small.style.background_gradient()))
print(styled(small.style.background_gradient('Greys', low=0.5, high=0.25)))
print(styled(small.style.background_gradient('Blues', vmin=0, vmax=4)))
print(styled(small.style.background_gradient('Greys', text_color_threshold=0.2)))

# Every shade of Greys and viridis, normalised over a whole frame of 0..255.
ramp = pd.DataFrame(np.arange(256).reshape(16, 16).astype('uint8'))
print(styled(ramp.style.background_gradient('Greys', axis=None)))
print(styled(ramp.style.background_gradient('viridis', axis=None)))
