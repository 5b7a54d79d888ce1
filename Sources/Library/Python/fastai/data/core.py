"""fastai.data.core: DataLoaders, the train/valid pair of loaders."""

from fastai.data.load import DataLoader

class DataLoaders:
    def __init__(self, *loaders):
        self.loaders = list(loaders)

    def __getitem__(self, i):
        return self.loaders[i]

    @property
    def train(self):
        return self.loaders[0]

    @property
    def valid(self):
        return self.loaders[1]
