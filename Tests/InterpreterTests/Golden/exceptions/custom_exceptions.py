# Custom exception classes with extra data.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'{key!r} not found')
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field, self.reason = field, reason
    def __str__(self):
        return f'{self.field}: {self.reason}'
for exc in [NotFound('x'), Invalid('age', 'negative'), AppError('plain'), AppError()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, '|', e, '|', repr(str(e)), '|', e.args)
try:
    raise NotFound('k')
except NotFound as e:
    print(e.key, isinstance(e, AppError), isinstance(e, Exception))
print(repr(AppError('a', 1)), repr(NotFound('q')))
