# super() chains across many levels with arguments.
class L0:
    def f(self, acc):
        return acc + ['L0']
class L1(L0):
    def f(self, acc):
        return super().f(acc + ['L1'])
class L2(L1):
    def f(self, acc):
        return super().f(acc + ['L2'])
class L3(L2):
    def f(self, acc):
        return super().f(acc + ['L3'])
print(L3().f([]))
print(L1().f(['start']))
