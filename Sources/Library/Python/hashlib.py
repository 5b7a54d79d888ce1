"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384, sha512, sha3_*, blake2b/s
and new(name), each with update(), digest(), hexdigest(), copy(), name, digest_size and
block_size. The digests come from OpenSSL's libcrypto (_tessera_hashlib)."""

import _tessera_hashlib as _core

__all__ = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'blake2b', 'blake2s', 'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest']

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
                         'sha3_512', 'blake2b', 'blake2s', 'shake_128', 'shake_256'}
algorithms_available = set(algorithms_guaranteed) | {'sha512_224', 'sha512_256'}

_NAMES = {'sha3-224': 'sha3_224', 'sha3-256': 'sha3_256', 'sha3-384': 'sha3_384', 'sha3-512': 'sha3_512',
          'blake2b512': 'blake2b', 'blake2s256': 'blake2s', 'sha512-224': 'sha512_224', 'sha512-256': 'sha512_256'}


def _buffer(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    if hasattr(data, 'tobytes'):
        return data.tobytes()
    if hasattr(data, '__iter__') and not isinstance(data, (dict, set)):
        try:
            return bytes(data)
        except (TypeError, ValueError):
            pass
    raise TypeError('object supporting the buffer API required')


class _Hash:
    """A hash object: feed bytes with update(), read the digest at any time."""

    def __init__(self, name, data=b''):
        if name.startswith('shake_'):
            raise NotImplementedError('hashlib.%s: variable-length digests are not available in Tessera' % name)
        self.digest_size, self.block_size = _core.sizes(name)
        self.name = name
        self._chunks = []
        if data:
            self.update(data)

    def update(self, data):
        """Update this hash object's state with the provided bytes."""
        # The chunks are kept (they are immutable bytes); digest() hashes them in order.
        self._chunks.append(_buffer(data))

    def digest(self):
        """Return the digest value as a bytes object."""
        return _core.digest(self.name, self._chunks)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy ("clone") of the hash object."""
        other = _Hash.__new__(_Hash)
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._chunks = list(self._chunks)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    if not isinstance(name, str):
        raise TypeError('new() argument \'name\' must be str, not %s' % type(name).__name__)
    key = name.lower()
    key = _NAMES.get(key, key)
    if key not in algorithms_available:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, data)


def _constructor(name):
    def construct(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    construct.__name__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


def blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', usedforsecurity=True, **kwargs):
    if digest_size != 64 or key or salt or person or kwargs:
        raise NotImplementedError('hashlib.blake2b: only the default parameters are available in Tessera')
    return _Hash('blake2b', data)


def blake2s(data=b'', *, digest_size=32, key=b'', salt=b'', person=b'', usedforsecurity=True, **kwargs):
    if digest_size != 32 or key or salt or person or kwargs:
        raise NotImplementedError('hashlib.blake2s: only the default parameters are available in Tessera')
    return _Hash('blake2s', data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    raise NotImplementedError('hashlib.pbkdf2_hmac is not available in Tessera')


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a binary file object."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
