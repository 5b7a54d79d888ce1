# warnings: the stderr format, categories, filters (ignore/error/once/always/default), catch_warnings(record=True), formatwarning, stacklevel
import sys
import warnings


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def text(self):
        # The file name is the script's path, which differs between runs: keep its last part.
        out = []
        for line in ''.join(self.parts).splitlines():
            if ':' in line and not line.startswith(' '):
                path, rest = line.split(':', 1)
                line = path.split('/')[-1] + ':' + rest
            out.append(line)
        self.parts = []
        return out


err = Collector()
real_stderr = sys.stderr
sys.stderr = err


def deprecated_api():
    warnings.warn('use new_api instead', DeprecationWarning, stacklevel=2)


warnings.warn('first warning')
warnings.warn('careful', RuntimeWarning)
deprecated_api()
for i in range(3):
    warnings.warn('in a loop')
warnings.warn(UserWarning('an instance'))
sys.stderr = real_stderr
for line in err.text():
    print(line)

sys.stderr = err
warnings.simplefilter('ignore')
warnings.warn('ignored')
warnings.resetwarnings()
warnings.simplefilter('always')
for i in range(2):
    warnings.warn('always shown')
warnings.filterwarnings('ignore', message='skip')
warnings.warn('skip me')
warnings.warn('Skip me too')
warnings.warn('show me')
warnings.filterwarnings('ignore', category=FutureWarning)
warnings.warn('future', FutureWarning)
sys.stderr = real_stderr
for line in err.text():
    print(line)

warnings.simplefilter('error', RuntimeWarning)
try:
    warnings.warn('now an error', RuntimeWarning)
except RuntimeWarning as e:
    print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
    warnings.warn('second', DeprecationWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno > 0, caught[0].filename.endswith('.py'), type(caught[0].message).__name__)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('inside block')
    except UserWarning as e:
        print('error inside catch_warnings:', e)
try:
    warnings.warn('after block', RuntimeWarning)
except RuntimeWarning as e:
    print('filters restored:', e)

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'x = 1')))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'f.py', 3, '')))
for bad in [lambda: warnings.warn('x', 'notacategory'), lambda: warnings.simplefilter('bogus')]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__ + ':', e)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
