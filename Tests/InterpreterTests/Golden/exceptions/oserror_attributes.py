# a failed open() raises the OSError subclass for its errno, with errno, strerror and filename
for path in ['/nonexistent-folder/file.txt', '/etc/passwd/inside-a-file', '/']:
    try:
        open(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
        print(e)
        print(isinstance(e, OSError), e.args)
