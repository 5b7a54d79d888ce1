# import a.b as c with a local package (golden_pkg/ next to this program).
import golden_pkg.nn as nn
print(nn.Linear(3, 2)(7))
import golden_pkg
print(golden_pkg.VERSION, golden_pkg.helper())
print(golden_pkg.nn is nn)
class MyModel(nn.Module):
    def forward(self, x):
        return x * 2
print(MyModel()(21))
