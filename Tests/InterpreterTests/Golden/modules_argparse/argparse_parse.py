import argparse
import io
import sys


def run(parser, argv):
    """Parses argv; prints the namespace, or what the parser wrote and its exit status."""
    saved_out, saved_err = sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(argv)
    except SystemExit as e:
        sys.stdout, sys.stderr = saved_out, saved_err
        print('exit', e.code, '| stdout:', repr(out.getvalue()), '| stderr:', repr(err.getvalue()))
        return
    sys.stdout, sys.stderr = saved_out, saved_err
    print(result)


p = argparse.ArgumentParser(prog='train.py', description='Train a model.')
p.add_argument('data', help='folder with the images')
p.add_argument('--lr', type=float, default=1e-3, help='learning rate')
p.add_argument('--epochs', '-e', type=int, default=5)
p.add_argument('--arch', choices=['resnet18', 'resnet34'], default='resnet34')
p.add_argument('--fp16', action='store_true')
p.add_argument('--no-shuffle', dest='shuffle', action='store_false')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--tag', action='append')
p.add_argument('--sizes', nargs='+', type=int)
p.add_argument('--name', nargs='?', const='auto', default=None)
run(p, ['images'])
run(p, ['images', '--lr', '0.1', '--epochs', '10', '--fp16', '-vv', '--tag', 'a', '--tag=b'])
run(p, ['--lr=3e-4', '-e3', 'imgs', '--arch', 'resnet18', '--sizes', '64', '128', '--name'])
run(p, ['imgs', '--name', 'run1', '--no-shuffle', '-v', '--verbose', '--ep', '2'])
run(p, ['imgs', '--lr', '-0.5', '--sizes', '1', '--', '-x'])
run(p, [])
run(p, ['imgs', '--lr', 'fast'])
run(p, ['imgs', '--epochs', '2.5'])
run(p, ['imgs', '--arch', 'vgg'])
run(p, ['imgs', 'extra', '--unknown'])
run(p, ['imgs', '--lr'])
run(p, ['imgs', '--sizes'])
run(p, ['imgs', '--fp16=yes'])
run(p, ['--help'])
print(p.parse_known_args(['imgs', '--other', '1']))
ns = p.parse_args(['x'])
print(ns.data, ns.lr, vars(ns)['epochs'], 'lr' in ns, ns == argparse.Namespace(**vars(ns)))

q = argparse.ArgumentParser(prog='sum')
q.add_argument('numbers', nargs='*', type=int, default=[0])
q.add_argument('--scale', type=float, default='2.5')
q.add_argument('pair', nargs=2, metavar=('A', 'B'))
run(q, ['1', '2', '3', '4'])
run(q, ['1', '2'])

q2 = argparse.ArgumentParser(prog='opt')
q2.add_argument('first')
q2.add_argument('maybe', nargs='?', default='dflt')
q2.add_argument('rest', nargs='*')
run(q2, ['a'])
run(q2, ['a', 'b', 'c', 'd'])
run(q2, ['-1', '-2.5'])

g = argparse.ArgumentParser(prog='grp')
group = g.add_mutually_exclusive_group()
group.add_argument('--quiet', action='store_true')
group.add_argument('--loud', action='store_true')
g.add_argument('--const', action='store_const', const=42)
g.add_argument('--flags', action='append_const', const='f')
g.add_argument('--items', action='extend', nargs='+')
g.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True)
run(g, ['--quiet'])
run(g, ['--quiet', '--loud'])
run(g, ['--const', '--flags', '--flags', '--items', 'a', 'b', '--items', 'c', '--no-bool'])
g.set_defaults(extra='yes', quiet=None)
print(g.parse_args([]), g.get_default('extra'), g.get_default('quiet'))
r = argparse.ArgumentParser(prog='req')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--a', action='store_true')
rg.add_argument('--b', type=int)
r.add_argument('--must', required=True)
run(r, ['--must', 'x'])
run(r, ['--b', '1'])
run(r, ['--b', '1', '--must', 'y'])

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not positive')
    return value
t = argparse.ArgumentParser(prog='types', exit_on_error=False)
t.add_argument('--n', type=positive)
t.add_argument('--amb-one')
t.add_argument('--amb-two')
print(t.parse_args(['--n', '3']))
for argv in (['--n', '-3'], ['--n', 'x']):
    try:
        t.parse_args(argv)
    except argparse.ArgumentError as e:
        print('ArgumentError', e, '|', e.argument_name, '|', e.message)
for bad in [lambda: p.add_argument('--lr'), lambda: p.add_argument('pos', required=True),
            lambda: p.add_argument('--x', action='bogus'), lambda: p.add_argument('x', nargs=0),
            lambda: p.add_argument('bad-option-without-dash', '--y')]:
    try:
        bad()
    except (argparse.ArgumentError, ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
v = argparse.ArgumentParser(prog='ver')
v.add_argument('--version', action='version', version='%(prog)s 2.0')
run(v, ['--version'])
run(t, ['--amb', '1'])
