# a block indented with a tab, then a line with eight spaces: the meaning depends on the tab size
if True:
	x = 1
        y = 2
print(x, y)
