# Python ints past 64 bits: torch.tensor and tensor arithmetic refuse them with PyTorch's errors;
# ints that fit (even after big arithmetic) are accepted.
import torch

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

attempt('tensor', lambda: torch.tensor(2 ** 64))
attempt('nested', lambda: torch.tensor([1, 2 ** 63]))
attempt('negative', lambda: torch.tensor(-(2 ** 63) - 1))
attempt('fits', lambda: torch.tensor([2 ** 63 - 1, 2 ** 70 - 2 ** 70 + 5]))
attempt('add', lambda: torch.zeros(3) + 2 ** 64)
attempt('radd', lambda: 2 ** 70 + torch.ones(2))
attempt('mul', lambda: torch.ones(2) * 2 ** 70)
