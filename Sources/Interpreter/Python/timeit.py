"""Timing small pieces of code: timeit and repeat, on time.perf_counter."""

import time

default_timer = time.perf_counter

def _callable(code):
    if code == 'pass':
        return lambda: None
    if isinstance(code, str):
        raise ValueError('timeit: pass a callable; source strings are not supported (Tessera has no exec)')
    return code

def timeit(stmt='pass', setup='pass', timer=default_timer, number=1000000, globals=None):
    stmt = _callable(stmt)
    _callable(setup)()
    start = timer()
    for _ in range(number):
        stmt()
    return timer() - start

def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=5, number=1000000, globals=None):
    return [timeit(stmt, setup, timer, number) for _ in range(repeat)]
