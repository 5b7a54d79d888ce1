# Exceptions inside loops and functions, recovering and continuing.
results = []
for x in [4, 0, 'a', 2, None]:
    try:
        results.append(8 / x)
    except ZeroDivisionError:
        results.append('inf')
    except TypeError:
        results.append('bad')
        continue
    finally:
        results.append('|')
print(results)
def deep(n):
    if n == 0:
        raise ValueError('bottom reached')
    return deep(n - 1)
try:
    deep(50)
except ValueError as e:
    print('caught', e)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            break
    finally:
        print('finally', i)
print('done', i)
