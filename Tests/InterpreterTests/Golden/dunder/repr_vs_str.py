# __repr__ vs __str__ in print, str(), repr() and containers.
class Both:
    def __repr__(self):
        return 'Both(repr)'
    def __str__(self):
        return 'both-str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {'k': b})
print(f'{b} {b!r} {r}')
print(str([b]), repr('s'), str('s'))
