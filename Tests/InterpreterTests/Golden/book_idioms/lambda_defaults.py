# Lambdas with default arguments, as used for small helper functions.
init = lambda size, std=1.0: [std * (i - size // 2) for i in range(size)]
print(init(3), init(4, std=0.5))
act = lambda x, leak=0.1: x if x > 0 else leak * x
print([act(v) for v in [-2., -0.5, 0., 1.5]], act(-2., leak=0.))
sched = [lambda epoch, base=b: base * 0.5 ** epoch for b in (1.0, 0.1)]
print([[s(e) for e in range(3)] for s in sched])
