# %f, %e and %g convert their argument with __float__ (and ints with __index__ are accepted)
class Number:
    def __float__(self):
        return 2.5


class Index:
    def __index__(self):
        return 3


print("%.2f %e %g" % (Number(), Number(), Number()))
print("%.1f %e" % (Index(), Index()))
print("%5.1f|%-8.2e|" % (Number(), Number()))
