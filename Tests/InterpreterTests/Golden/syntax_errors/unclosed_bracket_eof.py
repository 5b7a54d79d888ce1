# A list that is never closed before the end of the file.
print('never runs')
total = 0
values = [1, 2,
          3, 4
