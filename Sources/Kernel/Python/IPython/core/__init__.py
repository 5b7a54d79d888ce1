"""IPython.core: the shell and display modules (see the package's docstring)."""
