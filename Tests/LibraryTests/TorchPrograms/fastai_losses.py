# fastai's flattened losses: CrossEntropyLossFlat (the loss Categorize gives a Learner that is
# given none), MSELossFlat and L1LossFlat on fastai's typed tensors, their gradients,
# activations and decodes.
from fastai.vision.all import *

torch.manual_seed(0)
logits = torch.randn(6, 3, requires_grad=True)
targets = TensorCategory(torch.tensor([0, 2, 1, 1, 0, 2]))
lf = CrossEntropyLossFlat()
print(lf, lf.reduction, type(lf.func).__name__)
loss = lf(TensorImage(logits), targets)
print(type(loss).__name__, round(loss.item(), 6), loss.requires_grad)
loss.backward()
print([[round(v, 6) for v in row] for row in logits.grad.tolist()])
print(lf.decodes(logits.detach()).tolist())
print([[round(v, 5) for v in row] for row in lf.activation(logits.detach()).tolist()])
print(Categorize.loss_func, Categorize().loss_func is Categorize.loss_func)

preds = torch.randn(4, 1, requires_grad=True)
ys = torch.tensor([0.5, -1., 2., 0.])
for f in [MSELossFlat(), L1LossFlat()]:
    l = f(preds, ys)
    print(f, round(l.item(), 6))
