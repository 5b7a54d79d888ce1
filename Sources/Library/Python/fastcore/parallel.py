"""fastcore.parallel: ThreadPoolExecutor and ProcessPoolExecutor whose `map` takes extra
arguments for `f` (chapter 19's `ex.map(collate, chunks, ds=self.ds)`), and `parallel`.
The work runs in this process (see concurrent.futures)."""

import concurrent.futures
from functools import partial
from fastcore.foundation import L


def _defaults_cpus():
    from fastcore.basics import defaults
    return defaults.cpus


class ThreadPoolExecutor(concurrent.futures.ThreadPoolExecutor):
    "Like concurrent.futures.ThreadPoolExecutor, but `map` passes `*args, **kwargs` on to `f`."
    def __init__(self, max_workers=None, on_exc=print, pause=0, **kwargs):
        if max_workers is None:
            max_workers = _defaults_cpus()
        self.not_parallel = max_workers == 0
        super().__init__(max_workers or 1, **kwargs)

    def map(self, f, items, *args, timeout=None, chunksize=1, **kwargs):
        g = partial(f, *args, **kwargs)
        return super().map(g, items, timeout=timeout, chunksize=chunksize)


class ProcessPoolExecutor(concurrent.futures.ProcessPoolExecutor):
    "Like concurrent.futures.ProcessPoolExecutor, but `map` passes `*args, **kwargs` on to `f`."
    def __init__(self, max_workers=None, on_exc=print, pause=0, **kwargs):
        if max_workers is None:
            max_workers = _defaults_cpus()
        self.not_parallel = max_workers == 0
        super().__init__(max_workers or 1, **kwargs)

    def map(self, f, items, *args, timeout=None, chunksize=1, **kwargs):
        g = partial(f, *args, **kwargs)
        return super().map(g, items, timeout=timeout, chunksize=chunksize)


def parallel(f, items, *args, n_workers=None, threadpool=False, timeout=None, chunksize=1, **kwargs):
    "Apply `f` to each of `items`, with `args` and `kwargs` (in order, in this process)."
    pool = ThreadPoolExecutor if threadpool else ProcessPoolExecutor
    with pool(n_workers) as ex:
        return L(list(ex.map(f, items, *args, timeout=timeout, chunksize=chunksize, **kwargs)))
