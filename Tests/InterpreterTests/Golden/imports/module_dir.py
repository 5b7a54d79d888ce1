# A module's own __dir__ (PEP 562) decides what dir() lists; its other names still work.
import golden_pkg.listed as listed
print(dir(listed))
print(listed.hidden_helper, listed.math.floor(2.5))
