# tabs alone, or spaces alone in each block, are consistent
def f():
	if True:
		return 1
	return 2
def g():
    return 3
print(f(), g())
