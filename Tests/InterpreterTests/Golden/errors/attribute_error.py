# A missing instance attribute.
class A:
    def __init__(self):
        self.a = 1
obj = A()
print(obj.a)
print(obj.b)
