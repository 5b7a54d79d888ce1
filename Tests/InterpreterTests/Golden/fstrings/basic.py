# f-string basics: names, expressions, calls, nesting quotes.
name = 'Ada'
n = 3
print(f'Hello, {name}!')
print(f"{n} + {n} = {n + n}")
print(f'{name.upper()} has {len(name)} letters')
d = {'key': 'value'}
print(f"{d['key']}")
print(f'{[x * 2 for x in range(3)]}')
print(f'{n if n > 2 else 0}')
print(F'capital F {n}')
print(f'{{literal braces}} {n}')
print(f'{{{n}}}')
print(f'''triple {name}''')
print(f'{"nested quotes"}')
print(f'{3.0}', f'{0.1 + 0.2}', f'{None}', f'{True}')
print(f'a' f'b{n}' 'c')
print(rf'raw\n{n}', fr'{name}\t')
