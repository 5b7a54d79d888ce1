# return from inside a for loop inside a with block: the loop's iterator is dropped before __exit__ runs
class Resource:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter')
        return self

    def __exit__(self, *exc):
        self.log.append('exit')
        return False


def find(items, wanted, log):
    with Resource(log):
        for index, item in enumerate(items):
            for ch in item:
                if ch == wanted:
                    return index, ch
    return None


log = []
print(find(['ab', 'cd', 'ef'], 'd', log), log)
print(find(['ab'], 'z', log), log)


def first_line(lines):
    with Resource([]) as r:
        for line in lines:
            return line.upper(), r.log
    return None


print(first_line(['x', 'y']))
