"""Filename globbing, as CPython's glob: glob, iglob, escape, with `**` under recursive=True.

Results come in directory-listing order, as CPython's (sort them for a stable order).
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_MAGIC = re.compile('([*?[])')


def has_magic(s):
    return _MAGIC.search(s) is not None


def _split(path):
    """os.path.split: (head, tail) with the head's trailing slashes removed unless it is all slashes."""
    i = path.rfind('/') + 1
    head, tail = path[:i], path[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def _join(a, b):
    if not a:
        return b
    return a + b if a.endswith('/') else a + '/' + b


def _is_hidden(name):
    return name[0] == '.'


def _is_recursive(pattern):
    return pattern == '**'


def _lexists(path):
    return os.path.exists(path) or os.path.islink(path) if hasattr(os.path, 'islink') else os.path.exists(path)


def _listdir(dirname, dir_only):
    try:
        names = os.listdir(dirname or '.')
    except OSError:
        return []
    if dir_only:
        names = [n for n in names if os.path.isdir(_join(dirname, n))]
    return names


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    if hasattr(pathname, '__fspath__'):
        pathname = pathname.__fspath__()
    if root_dir is not None and hasattr(root_dir, '__fspath__'):
        root_dir = root_dir.__fspath__()
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        results = [r for r in results if r]
    return iter(list(results))


def _rooted(root_dir, path):
    return _join(root_dir, path) if root_dir is not None else path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = _split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.exists(_rooted(root_dir, pathname)):
                return [pathname]
        elif os.path.isdir(_rooted(root_dir, dirname)):
            return [pathname]
        return []
    if not dirname:
        if recursive and _is_recursive(basename):
            return _glob2(root_dir, basename, dironly, include_hidden)
        return _glob1(root_dir, basename, dironly, include_hidden)
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    results = []
    for d in dirs:
        for name in glob_in_dir(_rooted(root_dir, d) if root_dir is not None else d, basename, dironly,
                                include_hidden, root_dir is not None):
            results.append(_join(d, name))
    return results


def _glob1(dirname, pattern, dironly, include_hidden, rooted=True):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [x for x in names if not _is_hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden, rooted=True):
    if basename:
        if os.path.exists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden, rooted=True):
    results = [pattern[:0]]
    results.extend(_rlistdir(dirname, dironly, include_hidden))
    return results


def _rlistdir(dirname, dironly, include_hidden):
    results = []
    for x in _listdir(dirname, dironly):
        if include_hidden or not _is_hidden(x):
            results.append(x)
            path = _join(dirname, x) if dirname else x
            if os.path.isdir(path) and not (hasattr(os.path, 'islink') and os.path.islink(path)):
                for y in _rlistdir(path, dironly, include_hidden):
                    results.append(_join(x, y))
    return results


_MAGIC_CHARS = re.compile(r'([*?[])')


def escape(pathname):
    """Escape all special characters."""
    drive, pathname = '', pathname
    return drive + _MAGIC_CHARS.sub(r'[\1]', pathname)
