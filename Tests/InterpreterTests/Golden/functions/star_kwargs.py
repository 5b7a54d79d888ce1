# **kwargs collects extra keyword arguments into a dict (in call order).
def opts(**kwargs):
    return kwargs
print(opts(), opts(a=1, b=2), opts(z=1, a=2))
def tag(name, **attrs):
    inner = ' '.join(f'{k}="{v}"' for k, v in attrs.items())
    return f'<{name} {inner}>' if attrs else f'<{name}>'
print(tag('br'), tag('a', href='x.html', id='top'))
settings = {'font-size': '6pt', 'color': 'red'}
print(opts(**settings))
print(opts(**{'x': 1}, y=2))
def f(a, b, c=0): return a + b + c
print(f(**{'a': 1, 'b': 2}), f(1, **{'c': 10, 'b': 5}))
try:
    f(1, **{'a': 2, 'b': 3})
except TypeError as e:
    print('TypeError:', e)
