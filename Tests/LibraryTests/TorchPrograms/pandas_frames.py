# pandas DataFrame and Series as the book makes and prints them: from tensors, arrays, lists and
# dicts; the text repr (column-wise float formatting, cut rows and columns), shape, columns,
# index, head/tail, column selection and iloc.
import numpy as np
import pandas as pd
import torch

t = torch.arange(12, dtype=torch.float32).reshape(3, 4) / 3
df = pd.DataFrame(t)
print(df)
print(df.dtypes)
print(df.shape, len(df))
print(df.columns)
print(df.index)

pixels = (torch.arange(80).reshape(8, 10) * 37 % 256).to(torch.uint8)
digit = pd.DataFrame(pixels)
print(digit)
print(digit.dtypes[0])

frame = pd.DataFrame({'a': [1, 2, 3], 'long_name': ['x', 'yy', 'z<&>'], 'c': [1.5, -2.0, 0.25],
                      'flag': [True, False, True]})
print(frame)
print(frame.dtypes)
print(frame['c'])
print(frame['long_name'])
print(frame[['a', 'c']])
print(frame.columns)
print(frame.iloc[1])
print(frame.iloc[0:2])
print(frame.iloc[2, 2])
print(frame.iloc[:, 0])
print(frame.head(2))
print(frame.tail(1))

print(pd.DataFrame([[1, 2], [3, 4]], columns=['x', 'y'], index=['r1', 'row2']))
print(pd.DataFrame(np.array([[0.5, 1e-7], [2.0, 3.0]])))
print(pd.DataFrame([[1e7, 2.5], [3.0, 4.0]]))
print(pd.DataFrame([[float('nan'), 1.0], [2.0, None]]))
print(pd.Series([1, 2, 3], name='x'))
print(pd.Series([0.5, 1.25]))
print(pd.Series(['a', 'bb']))
print(pd.Series(range(100), name='v'))

tall = pd.DataFrame({'a': list(range(100)), 'b': [x / 3 for x in range(100)]})
print(tall)
print(tall.head())
print(tall.tail(3))

wide = pd.DataFrame([[i * j for j in range(25)] for i in range(3)])
print(wide)
print(pd.DataFrame(torch.arange(28 * 4).reshape(4, 28) % 256))
print(pd.DataFrame([[x * 1.5 for x in range(12)]]))
both = pd.DataFrame([[float(i * j) for j in range(30)] for i in range(70)])
print(both)
print(both.shape)

values = frame[['a', 'c']].values
print(type(values).__name__, values.dtype, values.shape)
print(digit.to_numpy().dtype)

# describe(): numeric columns only (bool excluded), numpy's linear quartiles, std with ddof=1.
df = pd.DataFrame({'a': [1, 2, 3, 4], 'b': [0.5, 2.25, -1.0, 8.0], 's': ['x', 'y', 'z', 'w'], 'flag': [True, False, True, True]})
print(df.describe())
print(pd.DataFrame({'x': [3.5]}).describe())
print(pd.DataFrame([[1, 2], [3, 5], [10, 20]]).describe())

# Edge cases: 1-D and bool tensors, a dict Series, missing values, empty frames, new columns,
# transpose, values too small or too large for fixed notation.
print(pd.DataFrame(torch.arange(3)))
print(pd.DataFrame(torch.tensor([[True, False]])))
print(pd.Series({'a': 1, 'b': 2}))
print(pd.Series([1.0, float('nan')]))
print(pd.DataFrame([[1, None], [2, 3]]))
print(pd.DataFrame([['a', 1.5], [None, 2]]))
print(pd.DataFrame({'x': []}))
print(pd.DataFrame())
df = pd.DataFrame({'a': [1, 2]}); df['b'] = [3.5, 4]; df['c'] = 7
print(df)
print(df.T)
print(pd.Series(torch.tensor([1.5, 2.5])))
print(pd.DataFrame(np.zeros((2, 3))))
print(pd.DataFrame(torch.zeros(2, 2, dtype=torch.float64) - 1e-9))
print(pd.DataFrame([[123456789.123, 1.0]]))
