# Broad pure-Python workloads, part 3: the standard library a learner reaches for -- itertools,
# functools, collections, operator. Runs unchanged under `tessera` and `python3`; each workload
# is small (a few milliseconds under CPython) and prints a `# check` value both sides must agree
# on. Parts 1 and 2 (the language and builtins) are pure_python_broad.py and pure_python_classes.py.
#
#   tessera Benchmarks/pure_python_stdlib.py [--quick] [--repeat N] [--only NAME]
import itertools
import functools
import operator
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict
from harness import make_bench


def checksum(result):
    return repr(result)


bench = make_bench(checksum)
N = 20000


# --- itertools ------------------------------------------------------------------------------

def it_permutations():
    return sum(p[0] for p in itertools.permutations(range(7)))


def it_permutations_r():
    return sum(1 for p in itertools.permutations(range(12), 3))


def it_product():
    return sum(a * b for a, b in itertools.product(range(150), range(150)))


def it_product_repeat():
    return sum(1 for p in itertools.product("ab", repeat=12))


def it_product_first_item():
    # the first item of a huge product must come at once (lazy), as in CPython
    t = 0
    for i in range(10):
        t += next(iter(itertools.product(range(1000), range(i, 1000))))[1]
    return t


def it_combinations():
    return sum(c[1] for c in itertools.combinations(range(25), 3))


def it_combinations_with_replacement():
    return sum(1 for c in itertools.combinations_with_replacement(range(15), 3))


def it_chain():
    a = list(range(100))
    return sum(1 for x in itertools.chain(a, a, a) for _ in range(1)) + \
        sum(sum(itertools.chain(a, a)) for i in range(N // 200))


def it_chain_from_iterable():
    rows = [list(range(10)) for i in range(N // 10)]
    return sum(itertools.chain.from_iterable(rows))


def it_islice():
    t = 0
    for i in range(N // 20):
        t += sum(itertools.islice(range(1000), 5, 25, 2))
    return t


def it_groupby():
    data = sorted((i * 7) % 50 for i in range(N // 2))
    return [(k, len(list(g))) for k, g in itertools.groupby(data)][:3]


def it_accumulate():
    return list(itertools.accumulate(range(N)))[-1]


def it_count_zip():
    return sum(a * b for a, b in zip(itertools.count(1), range(N)))


def it_cycle_islice():
    return sum(itertools.islice(itertools.cycle([1, 2, 3]), N))


def it_repeat():
    return sum(itertools.repeat(3, N)) + len(list(map(pow, range(10), itertools.repeat(2))))


def it_zip_longest():
    a = list(range(N // 2))
    b = list(range(N // 3))
    return sum(x + (y or 0) for x, y in itertools.zip_longest(a, b))


def it_starmap():
    pairs = [(i, 2) for i in range(N // 2)]
    return sum(itertools.starmap(pow, pairs))


def it_takewhile_dropwhile():
    a = list(range(N))
    return sum(itertools.takewhile(lambda x: x < N // 2, a)) + sum(itertools.dropwhile(lambda x: x < N // 2, a))


def it_compress():
    a = list(range(N))
    sel = [i % 3 == 0 for i in range(N)]
    return sum(itertools.compress(a, sel))


def it_tee():
    x, y = itertools.tee(range(N))
    return sum(x) + sum(y)


def it_pairwise():
    return sum(b - a for a, b in itertools.pairwise(range(N)))


def it_filterfalse():
    return sum(itertools.filterfalse(lambda x: x % 3, range(N)))


# --- functools ------------------------------------------------------------------------------

def ft_partial_call():
    add = functools.partial(operator.add, 10)
    t = 0
    for i in range(N):
        t += add(i)
    return t


def ft_partial_kw():
    def f(a, b, c=0):
        return a + b + c
    g = functools.partial(f, c=5)
    t = 0
    for i in range(N):
        t += g(i, 1)
    return t


def ft_partial_create():
    return sum(functools.partial(max, i)(3) for i in range(N // 2))


def ft_lru_cache_hits():
    @functools.lru_cache(maxsize=None)
    def sq(n):
        return n * n
    t = 0
    for i in range(N):
        t += sq(i % 100)
    return t, sq.cache_info().hits


def ft_lru_cache_fib():
    @functools.lru_cache(maxsize=128)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    t = 0
    for i in range(N // 100):
        fib.cache_clear()
        t += fib(60) & 0xFFFF
    return t


def ft_cache_decorator():
    @functools.cache
    def f(a, b):
        return a * b
    return sum(f(i % 10, i % 7) for i in range(N))


def ft_reduce():
    return functools.reduce(operator.add, range(N)) + functools.reduce(lambda a, b: a ^ b, range(N), 0)


def ft_wraps_decorator():
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return fn(*a, **k)
        return wrapper

    @deco
    def h(x):
        return x + 1
    return sum(h(i) for i in range(N)), h.__name__


def ft_cmp_to_key():
    data = [(i * 37) % 101 for i in range(1000)]
    return sorted(data, key=functools.cmp_to_key(lambda a, b: b - a))[:3]


# --- collections ----------------------------------------------------------------------------

Point = namedtuple("Point", ["x", "y"])


def nt_create():
    return sum(Point(i, 2).y for i in range(N))


def nt_attribute():
    p = Point(3, 4)
    t = 0
    for i in range(N):
        t += p.x * p.y
    return t


def nt_unpack_index():
    pts = [Point(i, -i) for i in range(100)]
    t = 0
    for i in range(N // 100):
        for x, y in pts:
            t += x + y + pts[5][0]
    return t


def nt_replace_asdict():
    p = Point(1, 2)
    t = 0
    for i in range(N // 10):
        q = p._replace(x=i)
        t += q.x + len(q._asdict())
    return t, repr(p)


def dq_append_popleft():
    d = deque()
    for i in range(N):
        d.append(i)
    t = 0
    while d:
        t += d.popleft()
    return t


def dq_appendleft_pop():
    d = deque()
    for i in range(N):
        d.appendleft(i)
    t = 0
    while d:
        t += d.pop()
    return t


def dq_maxlen_window():
    d = deque(maxlen=10)
    t = 0
    for i in range(N):
        d.append(i)
        t += d[0]
    return t, len(d)


def dq_rotate_index():
    d = deque(range(100))
    t = 0
    for i in range(N // 10):
        d.rotate(3)
        t += d[50]
    return t


def counter_build():
    words = ["w%d" % (i % 100) for i in range(N)]
    c = Counter(words)
    return len(c), c["w7"]


def counter_most_common():
    c = Counter((i * 7) % 1000 for i in range(N))
    t = 0
    for i in range(20):
        t += c.most_common(3)[0][1]
    return t


def counter_update_arith():
    c = Counter()
    for i in range(N // 100):
        c.update([i % 10, i % 5])
    d = c + Counter([1, 2, 3])
    return sorted(d.items())[:3]


def defaultdict_int():
    d = defaultdict(int)
    for i in range(N):
        d[i % 100] += 1
    return len(d), d[5]


def defaultdict_list():
    d = defaultdict(list)
    for i in range(N):
        d[i % 100].append(i)
    return len(d), len(d[5])


def ordereddict_ops():
    d = OrderedDict()
    for i in range(N // 4):
        d[i % 500] = i
        if i % 7 == 0:
            d.move_to_end(i % 500)
    t = 0
    while len(d) > 250:
        t += d.popitem(last=False)[0]
    return t, len(d)


def ordereddict_iterate():
    d = OrderedDict((i, i) for i in range(1000))
    t = 0
    for i in range(20):
        for k, v in d.items():
            t += v
    return t


# --- operator -------------------------------------------------------------------------------

def op_itemgetter_sort():
    rows = [(i, (i * 37) % 101, str(i)) for i in range(1000)]
    t = 0
    for i in range(10):
        t += sorted(rows, key=operator.itemgetter(1))[0][0]
    return t


def op_itemgetter_call():
    g = operator.itemgetter(1)
    g2 = operator.itemgetter(0, 2)
    row = (1, 2, 3)
    t = 0
    for i in range(N):
        t += g(row) + g2(row)[1]
    return t


def op_attrgetter():
    pts = [Point(i, -i) for i in range(100)]
    g = operator.attrgetter("y")
    t = 0
    for i in range(N // 100):
        for p in pts:
            t += g(p)
    return t


def op_methodcaller_funcs():
    up = operator.methodcaller("upper")
    t = 0
    for i in range(N // 2):
        t += len(up("ab")) + operator.mul(i, 2) + operator.neg(i)
    return t


def op_map_add():
    a = list(range(N))
    return sum(map(operator.add, a, a))


bench("pyb.it_permutations", it_permutations)
bench("pyb.it_permutations_r", it_permutations_r)
bench("pyb.it_product", it_product)
bench("pyb.it_product_repeat", it_product_repeat)
bench("pyb.it_product_first_item", it_product_first_item)
bench("pyb.it_combinations", it_combinations)
bench("pyb.it_combinations_with_replacement", it_combinations_with_replacement)
bench("pyb.it_chain", it_chain)
bench("pyb.it_chain_from_iterable", it_chain_from_iterable)
bench("pyb.it_islice", it_islice)
bench("pyb.it_groupby", it_groupby)
bench("pyb.it_accumulate", it_accumulate)
bench("pyb.it_count_zip", it_count_zip)
bench("pyb.it_cycle_islice", it_cycle_islice)
bench("pyb.it_repeat", it_repeat)
bench("pyb.it_zip_longest", it_zip_longest)
bench("pyb.it_starmap", it_starmap)
bench("pyb.it_takewhile_dropwhile", it_takewhile_dropwhile)
bench("pyb.it_compress", it_compress)
bench("pyb.it_tee", it_tee)
bench("pyb.it_pairwise", it_pairwise)
bench("pyb.it_filterfalse", it_filterfalse)
bench("pyb.ft_partial_call", ft_partial_call)
bench("pyb.ft_partial_kw", ft_partial_kw)
bench("pyb.ft_partial_create", ft_partial_create)
bench("pyb.ft_lru_cache_hits", ft_lru_cache_hits)
bench("pyb.ft_lru_cache_fib", ft_lru_cache_fib)
bench("pyb.ft_cache_decorator", ft_cache_decorator)
bench("pyb.ft_reduce", ft_reduce)
bench("pyb.ft_wraps_decorator", ft_wraps_decorator)
bench("pyb.ft_cmp_to_key", ft_cmp_to_key)
bench("pyb.nt_create", nt_create)
bench("pyb.nt_attribute", nt_attribute)
bench("pyb.nt_unpack_index", nt_unpack_index)
bench("pyb.nt_replace_asdict", nt_replace_asdict)
bench("pyb.dq_append_popleft", dq_append_popleft)
bench("pyb.dq_appendleft_pop", dq_appendleft_pop)
bench("pyb.dq_maxlen_window", dq_maxlen_window)
bench("pyb.dq_rotate_index", dq_rotate_index)
bench("pyb.counter_build", counter_build)
bench("pyb.counter_most_common", counter_most_common)
bench("pyb.counter_update_arith", counter_update_arith)
bench("pyb.defaultdict_int", defaultdict_int)
bench("pyb.defaultdict_list", defaultdict_list)
bench("pyb.ordereddict_ops", ordereddict_ops)
bench("pyb.ordereddict_iterate", ordereddict_iterate)
bench("pyb.op_itemgetter_sort", op_itemgetter_sort)
bench("pyb.op_itemgetter_call", op_itemgetter_call)
bench("pyb.op_attrgetter", op_attrgetter)
bench("pyb.op_methodcaller_funcs", op_methodcaller_funcs)
bench("pyb.op_map_add", op_map_add)
