# the mapping form takes any object with __getitem__ (not only dicts); each key is looked up once per use
class Lookup:
    def __init__(self):
        self.asked = []

    def __getitem__(self, key):
        self.asked.append(key)
        return key.upper()


table = Lookup()
print("%(hello)s %(world)s %(hello)r" % table)
print(table.asked)
