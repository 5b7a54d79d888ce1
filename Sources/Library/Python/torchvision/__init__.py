"""torchvision: the model constructors fastai builds its vision learners from (models.resnet18,
resnet34, resnet50, ...), written on Tessera's torch.nn with torchvision's layer names, so a
torchvision state dict loads into them. Pretrained weights cannot be downloaded: Tessera runs
offline."""

__version__ = '0.20.0+tessera'

from torchvision import models
