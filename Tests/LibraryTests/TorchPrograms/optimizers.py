# torch.optim: SGD (momentum, dampening, nesterov, weight decay, maximize), Adam, AdamW and amsgrad
# on a small regression, param groups with their own options, zero_grad, state_dict; printed at
# PyTorch's 4 decimals.
import torch


def train(make, steps=5):
    torch.manual_seed(0)
    model = torch.nn.Linear(3, 2)
    opt = make(model)
    x = torch.randn(8, 3)
    y = torch.randn(8, 2)
    for _ in range(steps):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(type(opt).__name__, loss)
    print(model.weight, model.bias)
    return opt


train(lambda m: torch.optim.SGD(m.parameters(), lr=0.1))
train(lambda m: torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9))
train(lambda m: torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9, dampening=0.5, weight_decay=0.01))
train(lambda m: torch.optim.SGD(m.parameters(), lr=0.05, momentum=0.8, nesterov=True))
train(lambda m: torch.optim.SGD(m.parameters(), lr=0.05, maximize=True))
opt = train(lambda m: torch.optim.Adam(m.parameters(), lr=0.01))
print(sorted(opt.state_dict()['state'][0].keys()), opt.state_dict()['state'][0]['step'], opt.state_dict()['param_groups'][0]['params'])
train(lambda m: torch.optim.Adam(m.parameters(), lr=0.01, betas=(0.8, 0.99), weight_decay=0.1))
train(lambda m: torch.optim.Adam(m.parameters(), lr=0.01, amsgrad=True))
train(lambda m: torch.optim.AdamW(m.parameters(), lr=0.01))
train(lambda m: torch.optim.AdamW(m.parameters(), lr=0.01, weight_decay=0.5))
opt = train(lambda m: torch.optim.SGD([{'params': [m.weight]}, {'params': [m.bias], 'lr': 0.5, 'momentum': 0.5}],
                                      lr=0.1))
print([(g['lr'], g['momentum'], g['nesterov'], len(g['params'])) for g in opt.param_groups])
for bad in [lambda: torch.optim.SGD([], lr=0.1), lambda: torch.optim.SGD([torch.zeros(1)], lr=-1),
            lambda: torch.optim.SGD([torch.zeros(1)], lr=0.1, nesterov=True),
            lambda: torch.optim.Adam([torch.zeros(1)], betas=(1.0, 0.9))]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
