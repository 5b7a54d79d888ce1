# print() writes to sys.stdout when the program replaced it (a capturing object), and to the real stdout again once restored
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


real = sys.stdout
capture = Capture()
sys.stdout = capture
print('captured', 1, sep='-', end='!\n')
print('second')
sys.stdout = real
print('back', ''.join(capture.parts).split('\n'))
