# Dict equality ignores order; nested dicts.
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {} == {})
print({'a': [1, 2]} == {'a': [1, 2]}, {'a': 1} != {'a': 2})
cfg = {'model': {'layers': [784, 30, 1], 'act': 'relu'}, 'lr': 0.1}
print(cfg['model']['layers'][1], cfg['lr'])
cfg['model']['act'] = 'sigmoid'
print(cfg)
print(dict(zip('abc', range(3))), dict(a=1, **{'b': 2}))
