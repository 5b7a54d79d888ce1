# Instances stored in lists and dicts, sorted by attributes.
class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __repr__(self):
        return f'Student({self.name!r}, {self.grade})'
students = [Student('ann', 88), Student('bob', 95), Student('cy', 72)]
print(students)
print(sorted(students, key=lambda s: s.grade))
by_name = {s.name: s for s in students}
print(by_name['bob'])
best = max(students, key=lambda s: s.grade)
print(best.name)
print([s.name for s in students if s.grade > 80])
