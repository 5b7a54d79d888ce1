# A dedent to a column that matches no outer block.
x = 0
if True:
        x = 1
    y = 2
