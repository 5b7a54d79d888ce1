# A failing assert with a message (as in the book's matmul shape check).
def check(ac, br):
    assert ac==br, f'inner dimensions differ: {ac} vs {br}'
    return 'ok'
print(check(3, 3))
check(784, 10)
