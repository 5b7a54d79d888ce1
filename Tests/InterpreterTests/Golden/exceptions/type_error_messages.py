# TypeError wording for common mistakes.
def msg(f):
    try:
        f()
    except TypeError as e:
        return f'TypeError: {e}'
print(msg(lambda: 1 + 'a'))
print(msg(lambda: 'a' + 1))
print(msg(lambda: [1] + (2,)))
print(msg(lambda: 'a' * 'b'))
print(msg(lambda: 2 - 'x'))
print(msg(lambda: -'x'))
print(msg(lambda: None + 1))
print(msg(lambda: len(5)))
five, text, nothing, pair, key = 5, 'abc', None, [1, 2], 'a'
print(msg(lambda: five()))
print(msg(lambda: text()))
print(msg(lambda: nothing[0]))
print(msg(lambda: five[0]))
print(msg(lambda: pair[key]))
print(msg(lambda: {}[[]]))
print(msg(lambda: {[]: 1}))
print(msg(lambda: iter(5)))
print(msg(lambda: sum(['a', 'b'])))
print(msg(lambda: int([1])))
print(msg(lambda: 'x'.join([1, 2])))
print(msg(lambda: abs('s')))
s = {1, 2}
print(msg(lambda: s[0]))
print(msg(lambda: pair(1)))
print(msg(lambda: len()))
print(msg(lambda: len([], [])))
print(msg(lambda: 'abc'.split(1)))
