# torchvision.models.resnet18/34 with a norm_layer of the program's own (an affine per-channel
# scale and shift, no running statistics): the module tree, state_dict keys and shapes, parameter
# counts, the seeded kaiming initialisation, forward shapes and the offline errors for pretrained
# weights. (torchvision_resnet.py-style checks of the default BatchNorm2d layers need nn.BatchNorm2d.)
import sys
import torch
import torch.nn as nn
from torchvision.models import resnet18, resnet34, ResNet, ResNet18_Weights
from torchvision.models.resnet import BasicBlock


class Affine(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(channels))
        self.bias = nn.Parameter(torch.zeros(channels))

    def forward(self, x):
        return x * self.weight[None, :, None, None] + self.bias[None, :, None, None]


torch.manual_seed(0)
model = resnet18(norm_layer=Affine)
state = model.state_dict()
print(len(state), sum(p.numel() for p in model.parameters()))
for key, value in state.items():
    print(key, tuple(value.shape), value.dtype)
print(type(model.layer1[0]).__name__, isinstance(model.layer1[0], BasicBlock), isinstance(model, ResNet))
print([name for name, _ in model.layer2[0].named_children()], [name for name, _ in model.named_children()])
print(state["conv1.weight"][0, 0])
print(state["layer3.0.downsample.0.weight"][:2, :3, 0, 0], state["fc.weight"][:2, :4], state["fc.bias"][:5])
x = torch.randn(2, 3, 64, 64)
with torch.no_grad():
    y = model(x)
    print(y.shape, model.layer3(model.layer2(model.layer1(torch.randn(1, 64, 16, 16)))).shape)
print(y[:, :4])

m = resnet34(weights=None, num_classes=10, norm_layer=Affine)
s = m.state_dict()
print(len(s), sum(p.numel() for p in m.parameters()), list(s.keys())[-6:], tuple(s["fc.weight"].shape))
print(m(torch.randn(1, 3, 32, 32)).shape)
# Offline, torchvision fails to download (after printing "Downloading: ..." itself, hidden here);
# Tessera says the weights cannot be downloaded.
class Hidden:
    def write(self, text):
        return len(text)

    def flush(self):
        pass


for kwargs in [dict(pretrained=True), dict(weights="DEFAULT"), dict(weights=ResNet18_Weights.IMAGENET1K_V1)]:
    shown, sys.stdout = sys.stdout, Hidden()
    try:
        resnet18(**kwargs)
    except Exception as e:
        sys.stdout = shown
        print("no pretrained weights offline", type(e).__name__ in ("RuntimeError", "URLError"))
    sys.stdout = shown
