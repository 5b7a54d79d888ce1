"""torchvision.models: the ResNet family."""

from torchvision.models.resnet import *
from torchvision.models import resnet
