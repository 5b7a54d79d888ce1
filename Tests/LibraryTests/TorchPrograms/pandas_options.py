# pandas' display options: with display.max_columns 20 (pandas' default in a notebook kernel)
# wide frames wrap into blocks ended by a backslash; display.max_rows cuts rows.
import pandas as pd
pd.set_option('display.max_columns', 20)
print(pd.get_option('display.max_columns'))
wide = pd.DataFrame([[i * j * 1000 for j in range(25)] for i in range(3)])
print(wide)
print(pd.DataFrame([[i * j * 1.5 for j in range(14)] for i in range(70)]))
print(pd.DataFrame({'name%d' % i: [i, 2 * i] for i in range(12)}))
pd.set_option('display.max_rows', 8)
print(pd.DataFrame({'a': list(range(20))}))
pd.set_option('display.max_rows', 60)
pd.set_option('display.max_columns', 0)

# Styling skips non-numeric columns (bool included, as numpy's np.number does); floats show with
# six decimals in the Styler's cells.
mixed = pd.DataFrame({'n': [1, 5, 3], 'flag': [True, False, True], 's': ['a', 'b', 'c'], 'f': [0.5, 0.25, 1.0]})
styler = mixed.style.background_gradient('Blues')
print(styler._repr_html_().replace("T_" + styler.uuid, "T_uuid"))
