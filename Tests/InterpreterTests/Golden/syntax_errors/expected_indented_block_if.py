if True:
print('not indented')
