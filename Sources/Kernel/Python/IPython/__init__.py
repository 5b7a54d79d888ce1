"""The part of IPython that notebook code and libraries reach for: `get_ipython()` (which
libraries such as fastprogress probe to choose HTML or text output) and `IPython.display`.
Tessera's session is the shell; this package only gives it IPython's names."""
from IPython.core.getipython import get_ipython
import IPython.display

version_info = (8, 0, 0, "")
__version__ = "8.0.0"
