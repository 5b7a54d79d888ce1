"""concurrent.futures: ThreadPoolExecutor and ProcessPoolExecutor with the standard interface
(submit, map, shutdown, context manager, Future). Tessera's interpreter runs one thread, so
the work runs in this process, in order, when it is submitted: results, their order and the
exceptions raised are the ones the standard pools give, without the parallelism."""

import time as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class CancelledError(Exception):
    pass


class TimeoutError(OSError):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    "The result of a call made by an executor."
    def __init__(self):
        self._done = False
        self._result = None
        self._exception = None
        self._callbacks = []

    def _run(self, fn, args, kwargs):
        try:
            self._result = fn(*args, **kwargs)
        except BaseException as e:
            self._exception = e
        self._done = True
        for cb in self._callbacks:
            cb(self)

    def result(self, timeout=None):
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        return self._exception

    def done(self):
        return self._done

    def running(self):
        return False

    def cancelled(self):
        return False

    def cancel(self):
        return False

    def add_done_callback(self, fn):
        if self._done:
            fn(self)
        else:
            self._callbacks.append(fn)

    def __repr__(self):
        if self._exception is not None:
            return f'<Future at {hex(id(self))} state=finished raised {type(self._exception).__name__}>'
        return f'<Future at {hex(id(self))} state=finished returned {type(self._result).__name__}>'


class Executor:
    "Runs each submitted call at once, in this process."
    def __init__(self, max_workers=None, *args, **kwargs):
        if max_workers is not None and max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._max_workers = max_workers
        self._shutdown = False

    def submit(self, fn, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        f._run(fn, args, kwargs)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError('chunksize must be >= 1.')
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    pass


class ProcessPoolExecutor(Executor):
    pass


def as_completed(fs, timeout=None):
    return iter(list(fs))


class DoneAndNotDoneFutures(tuple):
    pass


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    return DoneAndNotDoneFutures((set(fs), set()))
