# Subscripts receive ints, tuples, slices, None and Ellipsis as keys.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[0], s[-1], s['k'])
print(s[1, 2], s[1:2], s[:], s[::2], s[::-1])
print(s[1:2, ::-1], s[None], s[..., None], s[:, None], s[None, :])
print(s[...], s[1:2:3], s[()], s[(1,)])
print(s[0:5, 0:5])
print(type(s[1:2]).__name__, s[1:2].start, s[1:2].stop, s[1:2].step)
