"""torch.utils.data: datasets, samplers and the DataLoader, with PyTorch's behaviour (the same
batches, in the same order, from the same seeds) and run in the calling process."""

from torch.utils.data.dataset import (Dataset, IterableDataset, TensorDataset, ConcatDataset, ChainDataset,
                                      StackDataset, Subset, random_split)
from torch.utils.data.sampler import (Sampler, SequentialSampler, RandomSampler, SubsetRandomSampler,
                                      WeightedRandomSampler, BatchSampler)
from torch.utils.data.collate import default_collate, default_convert
from torch.utils.data.dataloader import DataLoader, get_worker_info

__all__ = ['BatchSampler', 'ChainDataset', 'ConcatDataset', 'DataLoader', 'Dataset', 'IterableDataset',
           'RandomSampler', 'Sampler', 'SequentialSampler', 'StackDataset', 'Subset', 'SubsetRandomSampler',
           'TensorDataset', 'WeightedRandomSampler', 'default_collate', 'default_convert', 'get_worker_info',
           'random_split']
