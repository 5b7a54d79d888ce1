# contextlib: contextmanager (setup/teardown, exceptions thrown in, suppression, as decorator), suppress, nullcontext, closing, redirect_stdout, ExitStack
import sys
from contextlib import (contextmanager, suppress, nullcontext, closing, redirect_stdout,
                        redirect_stderr, ExitStack, ContextDecorator, AbstractContextManager)


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('p') as value:
    print('inside', value)

try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print('swallowed', type(e).__name__, e)


with swallow(KeyError):
    {}['missing']
print('after swallow')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@tag('fn')
def decorated(x):
    print('body', x)
    return x * 2


print(decorated(4), decorated(5))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('IndexError:', e)

with nullcontext(42) as n:
    print('nullcontext', n)


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print('using', type(r).__name__)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


out = Collector()
with redirect_stdout(out) as target:
    print('hidden', 1)
    print('hidden', 2)
print(target is out, repr(''.join(out.parts)))
err = Collector()
with redirect_stderr(err):
    sys.stderr.write('to err\n')
print(repr(''.join(err.parts)))

with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    names = [stack.enter_context(tag(n)) for n in ('a', 'b')]
    stack.callback(print, 'callback 2')
    print('names', names)

with ExitStack() as stack:
    stack.enter_context(tag('kept'))
    moved = stack.pop_all()
print('stack exited')
moved.close()


def exit_handler(exc_type, exc, tb):
    print('handler sees', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(exit_handler)
    raise KeyError('k')
print('ExitStack suppressed')


class Timer(ContextDecorator):
    def __enter__(self):
        print('start')
        return self

    def __exit__(self, *exc):
        print('stop')
        return False


@Timer()
def work():
    print('working')


work()


class Manager(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Manager() as m:
    print(type(m).__name__)
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError:', e)
