# raise X from Y sets __cause__; implicit chaining sets __context__.
class ConfigError(Exception):
    pass
def load(d):
    try:
        return d['path']
    except KeyError as e:
        raise ConfigError('missing path') from e
try:
    load({})
except ConfigError as e:
    print('error:', e)
    print('cause:', repr(e.__cause__))
    print('cause type:', type(e.__cause__).__name__)
    print('suppress context:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print('context:', repr(e.__context__), 'cause:', e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('no chain') from None
except ValueError as e:
    print('cause:', e.__cause__, 'suppress:', e.__suppress_context__)
