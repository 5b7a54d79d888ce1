# @property with a setter that validates.
class Celsius:
    def __init__(self, t):
        self.temperature = t
    @property
    def temperature(self):
        print('get')
        return self._t
    @temperature.setter
    def temperature(self, value):
        print('set', value)
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._t = value
c = Celsius(20)
print(c.temperature)
c.temperature = 25
print(c._t)
try:
    c.temperature = -300
except ValueError as e:
    print('ValueError:', e)
print(c.temperature)
