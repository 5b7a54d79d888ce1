# Failed imports raise ImportError subclasses.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    from math import no_such_name
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
print(issubclass(ModuleNotFoundError, ImportError))
