import pprint

data = {
    'model': 'resnet34', 'lr': 0.001, 'epochs': 5, 'metrics': ['accuracy', 'error_rate', 'top_k_accuracy'],
    'layers': [{'name': 'conv1', 'shape': (64, 3, 7, 7), 'params': 9408}, {'name': 'bn1', 'shape': (64,), 'params': 128},
               {'name': 'fc', 'shape': (10, 512), 'params': 5130}],
    'history': {'train_loss': [0.9, 0.5, 0.3, 0.25, 0.2], 'valid_loss': [0.8, 0.6, 0.4, 0.35, 0.33]},
    'tags': {'vision'}, 'ids': set(range(3, 31, 3)), 'frozen': frozenset({1, 2, 3}), 'note': None,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=70)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=50)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint(list(range(40)), width=30)
pprint.pprint([list(range(10)), [1, 2], list(range(12))], compact=True, width=25)
text = 'The fastai library simplifies training fast and accurate neural nets using modern best practices. ' * 3
pprint.pprint(text)
pprint.pprint({'doc': text, 'short': 'ok'}, width=60)
pprint.pprint(['line one\nline two\n' * 4], width=30)
print(pprint.pformat({'b': 1, 'a': [1, 2, 3]}), pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([]))
print(pprint.pformat(((1, 2),) * 12, width=30))
print(pprint.pformat([(1,)] * 30, width=20))
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b', 'x': 0, (1, 2): 5}, width=15))
print(pprint.pformat({'key': {'nested': {'deep': {'deeper': list(range(30))}}}}, width=50))
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat([123456789], underscore_numbers=True))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.isreadable([1, 'a']), pprint.isreadable([object]), pprint.isrecursive([1]))
p = pprint.PrettyPrinter(width=30, indent=2)
p.pprint({'alpha': list(range(8)), 'beta': 'x' * 20})
print(repr(p.pformat('short')))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
pprint.pprint([Point(i, i * i) for i in range(12)], width=40)
import collections
pprint.pprint(collections.OrderedDict((k, list(range(k))) for k in range(1, 12)), width=40)
pprint.pprint(collections.defaultdict(list, {'a': list(range(20)), 'b': [1]}), width=40)
pprint.pprint(collections.Counter('the quick brown fox jumps over the lazy dog'), width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint([collections.OrderedDict(), collections.defaultdict(int), set(), frozenset()], width=10)
import io
buf = io.StringIO()
pprint.pprint({'x': 1}, stream=buf)
print(repr(buf.getvalue()))
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)]:
    try:
        bad()
    except ValueError as e:
        print(e)
