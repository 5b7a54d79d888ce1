# torchvision.models.resnet18/34/50 as torchvision builds them: state_dict keys and shapes,
# parameter counts, the seeded initialisation, an eval-mode forward pass, and the offline errors
# for pretrained weights.
import torch
import torchvision
from torchvision.models import resnet18, resnet34, resnet50, ResNet18_Weights

torch.manual_seed(0)
model = resnet18()
state = model.state_dict()
print(len(state), sum(p.numel() for p in model.parameters()))
for key, value in state.items():
    print(key, tuple(value.shape), value.dtype)
print(model.layer2[0].downsample)
print(state["conv1.weight"][0, 0])
print(state["fc.bias"][:5], state["layer4.1.bn2.running_var"][:3])
model.eval()
x = torch.randn(2, 3, 64, 64)
with torch.no_grad():
    y = model(x)
print(y.shape)
print(y[:, :6])
print(y.argmax(1), y.sum(1))

for maker in [resnet34, resnet50]:
    m = maker(weights=None, num_classes=10)
    s = m.state_dict()
    print(maker.__name__, len(s), sum(p.numel() for p in m.parameters()), list(s.keys())[-4:], tuple(s["fc.weight"].shape))
print(type(resnet18(pretrained=False)).__name__)
for kwargs in [dict(pretrained=True), dict(weights="DEFAULT"), dict(weights=ResNet18_Weights.IMAGENET1K_V1)]:
    try:
        resnet18(**kwargs)
    except Exception as e:
        print("no pretrained weights offline")
