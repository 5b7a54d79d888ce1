# __eq__ and __lt__ drive ==, !=, sorted, min and max.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('0.9.9'), Version('1.2.0')]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version('1.2') == Version('1.2'), Version('1.2') != Version('1.3'))
print(Version('2.0') > Version('1.0'), Version('1.0') > Version('2.0'))
print(Version('1.2') in vs, vs.index(Version('1.2')), vs.count(Version('1.2')))
