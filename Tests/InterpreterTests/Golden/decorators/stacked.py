# Stacked decorators apply bottom-up and run top-down.
def tag(name):
    def decorate(f):
        print('decorating with', name)
        def wrapper():
            return f'<{name}>' + f() + f'</{name}>'
        return wrapper
    return decorate
@tag('b')
@tag('i')
def text():
    return 'hi'
print(text())
