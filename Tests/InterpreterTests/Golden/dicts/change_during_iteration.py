# a dict whose keys change while a loop walks it: a change of size is "changed size", the same
# size with other keys is "keys changed" once the loop finds more keys than the dict had
def run(label, body):
    seen = []
    try:
        body(seen)
        print(label, 'finished', seen)
    except RuntimeError as e:
        print(label, 'RuntimeError:', e, seen)


def replace_current(seen):
    d = {1: 'a', 2: 'b'}
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 10] = 'new'
run('replace the current key', replace_current)


def replace_unvisited(seen):
    d = {1: 'a', 2: 'b', 3: 'c'}
    for k in d:
        seen.append(k)
        if k == 1:
            del d[3]
            d[4] = 'd'
run('replace a later key', replace_unvisited)


def replace_at_end(seen):
    d = {1: 'a', 2: 'b', 3: 'c'}
    for k in d:
        seen.append(k)
        if k == 3:
            del d[1]
            d[5] = 'e'
run('replace at the last key', replace_at_end)


def grow(seen):
    d = {1: 'a'}
    for k in d:
        seen.append(k)
        d[k + 1] = 'x'
run('grow', grow)


def shrink(seen):
    d = {1: 'a', 2: 'b'}
    for k in d:
        seen.append(k)
        d.pop(2, None)
run('shrink', shrink)


def values_view(seen):
    d = {1: 'a', 2: 'b'}
    for v in d.values():
        seen.append(v)
        key = next(iter(d))
        del d[key]
        d[key + 10] = v + '!'
run('values, keys replaced', values_view)


def items_view(seen):
    d = {'x': 1, 'y': 2}
    for k, v in d.items():
        seen.append(k)
        d.pop(k)
        d[k * 2] = v
run('items, keys replaced', items_view)


def update_values(seen):
    d = {1: 'a', 2: 'b'}
    for k in d:
        seen.append(k)
        d[k] = d[k] * 2
run('change values only', update_values)


def over_a_copy(seen):
    d = {1: 'a', 2: 'b'}
    for k in list(d):
        seen.append(k)
        del d[k]
        d[k + 10] = 'new'
    seen.append(sorted(d))
run('over a copy', over_a_copy)
