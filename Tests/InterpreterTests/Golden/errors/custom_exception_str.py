# An uncaught exception whose __str__ is overridden.
class HttpError(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f'HTTP {self.code}'
raise HttpError(404)
