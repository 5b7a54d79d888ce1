# __len__ and __getitem__ with ints and slices.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f'Seq({self.data})'
s = Seq('abcdef')
print(len(s), s[0], s[-1])
print(s[1:4], s[::-1], s[::2])
print(bool(Seq([])), bool(s))
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
