# from package import names; from package.module import *; modules load once.
from golden_pkg import helper, VERSION
print(helper(), VERSION)
from golden_pkg.shapes import *
print(area(Square(3)))
try:
    unlisted
except NameError as e:
    print('NameError:', e)
from golden_pkg.shapes import unlisted, _private
print(unlisted, _private())
import golden_pkg.shapes
print(golden_pkg.shapes.area(golden_pkg.shapes.Square(2)))
from golden_pkg import shapes
print(shapes.__name__)
