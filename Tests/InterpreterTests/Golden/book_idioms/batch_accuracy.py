# Chapter 4 helpers rewritten on lists: sigmoid, mnist_loss, batch_accuracy, batching.
import math
def sigmoid(x): return 1/(1+math.exp(-x))
def mnist_loss(predictions, targets):
    predictions = [sigmoid(p) for p in predictions]
    return sum(1 - p if t == 1 else p for p, t in zip(predictions, targets)) / len(targets)
def batch_accuracy(xb, yb):
    preds = [sigmoid(x) for x in xb]
    correct = [(p > 0.5) == bool(y) for p, y in zip(preds, yb)]
    return sum(correct) / len(correct)
prds = [-11.1002, 5.9263, 9.9627, -8.1484]
trgts = [1, 0, 1, 0]
print(round(mnist_loss(prds, trgts), 4), batch_accuracy(prds, trgts))
coll = list(range(15))
batches = [coll[i:i+5] for i in range(0, len(coll), 5)]
print(batches)
ds = list(enumerate('abcdefghij'))
print(ds[:3], [b for b in (ds[i:i+4] for i in range(0, 10, 4))][-1])
