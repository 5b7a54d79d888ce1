# Changing a set's size while iterating it raises RuntimeError (and keeps raising); changes
# that leave the size alone do not; an exhausted iterator stays exhausted.
e = {1, 2, 3}
try:
    for v in e:
        e.add(v + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
e = {1, 2, 3}
try:
    for v in e:
        e.discard(v)
except RuntimeError as err:
    print("RuntimeError:", err)
e = {1, 2, 3}
it = iter(e)
next(it)
e.add(4)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as err:
        print("RuntimeError again:", err)
e = {1, 2, 3}
it = iter(e)
next(it)
e.add(4)
e.remove(4)
print(list(it))
e = {1, 2, 3}
it = iter(e)
print(list(it))
e.add(5)
print(list(it))
e = {1, 2, 3}
it = iter(e)
next(it)
e.remove(2)
e.add(9)
print(list(it))
try:
    set().pop()
except KeyError as err:
    print("KeyError:", err)
try:
    {1}.remove(5)
except KeyError as err:
    print("KeyError:", err)
try:
    {1}.remove((5,))
except KeyError as err:
    print("KeyError:", repr(err))
