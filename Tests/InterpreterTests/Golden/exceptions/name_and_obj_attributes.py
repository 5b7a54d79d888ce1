# `name` and `obj` of NameError and AttributeError: None unless raised by a failed lookup or
# assigned, and not part of the instance's __dict__.
e = AttributeError("x")
print(repr(e.name), repr(e.obj), e.__dict__)
e.name = "n"
e.obj = 5
print(e.__dict__, e.name, e.obj)
print(repr(NameError("y").name))


class Box:
    pass


box = Box()
try:
    box.missing
except AttributeError as caught:
    print(caught.__dict__, caught.name, caught.obj is box, caught.args)

try:
    not_defined_anywhere
except NameError as caught:
    print(caught.__dict__, caught.name, caught.args)


def local_use():
    try:
        return later
    except NameError as caught:
        return caught.name, str(caught)


print(local_use())


class MyError(AttributeError):
    def __init__(self, message):
        super().__init__(message)
        self.name = "custom"


try:
    raise MyError("mine")
except AttributeError as caught:
    print(caught.name, caught.obj, caught.args, caught.__dict__)

for i in range(3):
    try:
        getattr(box, "attr%d" % i)
    except AttributeError as caught:
        print(caught.name, caught)
