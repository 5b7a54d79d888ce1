# Default parameter values.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
def init_params(size, std=1.0): return [std] * size
print(init_params(3), init_params(2, std=0.5))
def show_preds(preds, ax=None):
    if ax is None: ax = 'new axis'
    return f'{preds} on {ax}'
print(show_preds([1, 2]), show_preds([3], 'ax1'))
