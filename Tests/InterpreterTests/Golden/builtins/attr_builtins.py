# getattr, setattr, hasattr, callable on objects and classes.
class Conf:
    debug = False
    def method(self):
        return 'called'
c = Conf()
print(getattr(c, 'debug'), getattr(c, 'nope', 'fallback'))
setattr(c, 'debug', True)
print(c.debug, Conf.debug)
print(hasattr(c, 'method'), hasattr(c, 'missing'), hasattr(Conf, 'debug'))
print(getattr(c, 'method')())
print(callable(c.method), callable(Conf), callable(c), callable(len), callable('str'), callable(None))
print(getattr('abc', 'upper')(), getattr([1, 2], 'count')(1))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
