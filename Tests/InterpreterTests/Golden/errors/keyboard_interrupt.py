# KeyboardInterrupt raised explicitly.
print('working')
raise KeyboardInterrupt
