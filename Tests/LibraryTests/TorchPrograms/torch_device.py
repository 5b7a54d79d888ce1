# torch.device: a tensor's `.device`, comparing devices (chapter 19's Normalize checks
# `x.device != self.stats[0].device`), `.to(device)`, and fastai's default_device.
import torch
from fastai.vision.all import default_device, to_device

x = torch.zeros(2, 3)
print(repr(x.device), str(x.device), x.device.type, x.device.index)
print(x.device == torch.device('cpu'), x.device != torch.device('cpu'), x.device == 'cpu', x.device != 'cpu')
print(x.device == x[0].device, x.device != torch.device('cuda'), hash(x.device) == hash(torch.device('cpu')))
print(repr(torch.device('cuda', 1)), repr(torch.device('cuda:0')), str(torch.device('cuda:2')), torch.device('cuda:2').index)
print(repr(torch.device(torch.device('meta'))), type(torch.device('cpu')).__name__, isinstance(x.device, torch.device))
print({torch.device('cpu'): 1}[x.device], f'{x.device}')
y = x.to(torch.device('cpu'))
print(y.shape, y.dtype, x.to(default_device()).device, repr(default_device()))
print(repr(to_device([x, (x,)], default_device())[1][0].device))
for bad in ('gpu', 'cuda:x'):
    try:
        torch.device(bad)
    except RuntimeError as e:
        print('RuntimeError:', e)
