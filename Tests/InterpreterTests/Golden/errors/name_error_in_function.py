# A NameError raised inside a function.
def compute():
    return undefined_helper(3)
print('calling')
compute()
