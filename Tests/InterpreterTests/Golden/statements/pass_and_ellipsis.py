# pass and ... as placeholder bodies.
def todo():
    pass
def later():
    ...
class Empty:
    pass
class AlsoEmpty: ...
for _ in range(3):
    pass
print(todo(), later(), Empty.__name__, AlsoEmpty.__name__)
if True:
    pass
else:
    ...
print('done')
