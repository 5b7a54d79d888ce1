# Chapter 4: [f(o) for o in a_list if o>0] and list-of-lists building.
def f(o): return o * 2
a_list = [3, -1, 4, 0, -5, 9]
print([f(o) for o in a_list if o>0])
threes = [f'train/3/{i}.png' for i in [10, 10000, 10011]]
sevens = [f'train/7/{i}.png' for i in [7, 70]]
print(len(threes), len(sevens))
train_y = [1]*len(threes) + [0]*len(sevens)
print(train_y)
dset = list(zip(threes + sevens, train_y))
x, y = dset[0]
print(x, y)
print(dset[-1])
