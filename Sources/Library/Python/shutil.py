"""High-level file operations, as CPython's shutil: copy, copyfile, copytree, rmtree, move, which, disk_usage."""

import os

__all__ = ["copyfileobj", "copyfile", "copymode", "copy", "copy2", "copytree", "move", "rmtree", "Error",
           "SameFileError", "which", "disk_usage"]


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def _fspath(p):
    return p.__fspath__() if hasattr(p, '__fspath__') else p


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    while True:
        buf = fsrc.read(length or 1024 * 1024)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible; return dst."""
    src, dst = _fspath(src), _fspath(dst)
    if os.path.abspath(src) == os.path.abspath(dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst (Tessera: permissions are left as created)."""


def copystat(src, dst, *, follow_symlinks=True):
    """Copy file metadata (Tessera: left as created)."""


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination."""
    dst = _fspath(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(_fspath(src)))
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory."""
    src, dst = _fspath(src), _fspath(dst)
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        if os.path.isdir(srcname):
            copytree(srcname, dstname, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
        else:
            copy_function(srcname, dstname)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree."""
    path = _fspath(path)
    try:
        # os.listdir raises FileNotFoundError / NotADirectoryError with errno and filename.
        for name in os.listdir(path):
            full = os.path.join(path, name)
            if os.path.isdir(full):
                rmtree(full, ignore_errors, onerror)
            else:
                os.remove(full)
        os.rmdir(path)
    except OSError as error:
        if ignore_errors:
            return
        if onerror is not None:
            onerror(rmtree, path, (type(error), error, None))
            return
        raise


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location; return the destination."""
    src, dst = _fspath(src), _fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.remove(src)
    return real_dst


def which(cmd, mode=1, path=None):
    """Return the path to an executable which would be run if the given cmd was called, or None."""
    import _tessera_process
    return _tessera_process.which(cmd, path)


class usage(tuple):
    """The (total, used, free) result of disk_usage, as a named tuple."""

    def __new__(cls, total, used, free):
        return tuple.__new__(cls, (total, used, free))

    total = property(lambda self: self[0])
    used = property(lambda self: self[1])
    free = property(lambda self: self[2])

    def __repr__(self):
        return 'usage(total=%r, used=%r, free=%r)' % tuple(self)


def disk_usage(path):
    """Return disk usage statistics about the given path as a (total, used, free) named tuple."""
    import _tessera_process
    return usage(*_tessera_process.disk_usage(_fspath(path)))
