# Catching via base classes in the exception hierarchy.
tests = [
    lambda: [][1],
    lambda: {}['missing'],
    lambda: 1 / 0,
    lambda: int('z'),
    lambda: undefined_name,
    lambda: None.attr,
    lambda: 1 + 'a',
    lambda: next(iter([])),
    lambda: [].pop(),
]
for t in tests:
    try:
        t()
    except LookupError as e:
        print('LookupError', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError', type(e).__name__)
    except Exception as e:
        print('Exception', type(e).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(IndexError, LookupError), issubclass(Exception, BaseException))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(OverflowError, ArithmeticError), issubclass(AssertionError, Exception))
