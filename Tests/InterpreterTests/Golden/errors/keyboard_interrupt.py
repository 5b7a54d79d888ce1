# KeyboardInterrupt raised explicitly (CPython exits with a SIGINT status; the .out is the same).
print('working')
for i in range(3):
    if i == 2:
        raise KeyboardInterrupt
