# tempfile, csv and logging on real files, and hashlib: the standard modules that need the
# library's os and libcrypto.
import csv
import hashlib
import logging
import os
import tempfile

base = tempfile.gettempdir()
print(os.path.isdir(base), tempfile.gettempprefix(), tempfile.tempdir == base)

with tempfile.TemporaryDirectory(prefix='run_', suffix='_x') as folder:
    name = os.path.basename(folder)
    print(os.path.isdir(folder), name.startswith('run_'), name.endswith('_x'), len(name), os.path.dirname(folder) == base)
    path = os.path.join(folder, 'scores.csv')
    with open(path, 'w', newline='') as f:
        writer = csv.writer(f)
        writer.writerow(['name', 'score', 'note'])
        writer.writerows([['ann', 90, 'top, best'], ['bob', 72, 'said "ok"'], ['cid', 88, 'two\nlines']])
    with open(path, newline='') as f:
        rows = list(csv.reader(f))
    print(rows)
    with open(path, newline='') as f:
        print([dict(r) for r in csv.DictReader(f)])
    log_path = os.path.join(folder, 'train.log')
    logger = logging.getLogger('files')
    handler = logging.FileHandler(log_path)
    handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
    logger.addHandler(handler)
    logger.warning('epoch %d', 1)
    logger.error('loss %.2f', 0.5)
    handler.close()
    with open(log_path) as f:
        print(repr(f.read()))
    print(sorted(os.listdir(folder)))
print(os.path.exists(folder))

d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.basename(d).startswith('tmp'), len(os.path.basename(d)))
os.rmdir(d)
t = tempfile.TemporaryDirectory()
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    f.write('hello\nworld\n')
    f.seek(0)
    print(f.read(), f.name.endswith('.txt'), os.path.exists(f.name))
    kept = f.name
print(os.path.exists(kept))
f = tempfile.NamedTemporaryFile(mode='w', delete=False, prefix='keep')
f.write('kept text')
f.close()
print(os.path.basename(f.name).startswith('keep'), open(f.name).read())
os.remove(f.name)
print(len(tempfile.mktemp()) > len(base), tempfile.mktemp(dir='/nonexistent', suffix='.s').endswith('.s'))

for data in (b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) , 'héllo'.encode()):
    print([hashlib.new(n, data).hexdigest()[:16] for n in ('md5', 'sha1', 'sha256', 'sha512', 'sha224', 'sha384', 'sha3_256', 'blake2b')])
h = hashlib.sha256()
h.update(b'The quick brown fox ')
c = h.copy()
h.update(b'jumps over the lazy dog')
print(h.hexdigest(), c.hexdigest() == hashlib.sha256(b'The quick brown fox ').hexdigest())
print(h.digest()[:8], h.name, h.digest_size, h.block_size, hashlib.md5().digest_size, hashlib.sha512().block_size)
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.new('SHA256', b'x').name, sorted(hashlib.algorithms_guaranteed))
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hashlib.md5(5), lambda: hashlib.sha1().update('s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import uuid
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'https://docs.fast.ai').version)
