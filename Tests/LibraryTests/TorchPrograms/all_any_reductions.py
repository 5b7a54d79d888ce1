# all() and any() over whole tensors, dimensions and empty reductions, as PyTorch gives them
import torch

print(torch.tensor([]).all(), torch.tensor([]).any())
print(torch.ones(2, 0).all(1), torch.ones(2, 0).any(1))
print(torch.zeros(0, 3).all(0), torch.zeros(0, 3).any(0))
print(torch.tensor([1.0, 0.0]).all(), torch.tensor([1.0, 0.0]).any(), torch.zeros(3).any())
print(torch.tensor([[1, 0], [1, 1]]).all(1), torch.tensor([[0, 0], [1, 0]]).any(1, keepdim=True))
print(torch.tensor([1, 2], dtype=torch.uint8).all(), torch.tensor([0, 0], dtype=torch.uint8).any())
print(torch.tensor([[True, False], [True, True]]).all(0), torch.tensor([[True, False], [False, False]]).any(0))
