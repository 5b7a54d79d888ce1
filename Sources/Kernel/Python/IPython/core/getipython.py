"""get_ipython(): the running shell, or None outside one (a script).

The class names are IPython's, because that is what libraries test: fastprogress and fastai draw
HTML progress bars when `get_ipython().__class__.__name__` is 'ZMQInteractiveShell' (a Jupyter
kernel) and text when it is 'TerminalInteractiveShell' (the REPL)."""

try:
    import _tessera_display
except ImportError:
    _tessera_display = None


class InteractiveShell:
    """The running Tessera session, seen through IPython's shell interface."""
    kernel = None

    def __init__(self):
        self.config = {}

    def run_line_magic(self, magic_name, line, _stack_depth=1):
        return __tessera_magic__(magic_name, line)

    def magic(self, arg_s):
        name, _, line = arg_s.lstrip('%').partition(' ')
        return __tessera_magic__(name, line)

    def has_trait(self, name):
        return False

    def __repr__(self):
        return "<%s.%s object>" % (type(self).__module__, type(self).__name__)


class _Kernel:
    """What `get_ipython().kernel` stands for: code only tests that it is there."""
    implementation = "tessera"

    def __repr__(self):
        return "<tessera kernel>"


class ZMQInteractiveShell(InteractiveShell):
    """The shell of a Jupyter kernel."""
    kernel = _Kernel()


class TerminalInteractiveShell(InteractiveShell):
    """The shell of the terminal REPL."""


_shells = {}


def get_ipython():
    """The running shell: a ZMQInteractiveShell in a Jupyter kernel, a TerminalInteractiveShell
    in the REPL and notebooks run from the command line, None in a script."""
    if _tessera_display is None:
        return None
    name = _tessera_display.shell_class()
    if name is None:
        return None
    shell = _shells.get(name)
    if shell is None:
        shell = {"ZMQInteractiveShell": ZMQInteractiveShell,
                 "TerminalInteractiveShell": TerminalInteractiveShell}.get(name, InteractiveShell)()
        _shells[name] = shell
    return shell
