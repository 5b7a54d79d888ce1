# Class bodies run top to bottom and can hold any statements.
class Config:
    print('defining Config')
    sizes = [1, 2, 3]
    total = sum(sizes)
    if total > 5:
        mode = 'big'
    else:
        mode = 'small'
    def show(self):
        return f'{self.mode} {self.total}'
print('defined')
print(Config.mode, Config().show())
class Nothing:
    """Only a docstring."""
print(Nothing.__doc__)
