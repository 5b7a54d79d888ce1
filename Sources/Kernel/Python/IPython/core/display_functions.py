"""display(), update_display(), clear_output() and DisplayHandle, as IPython's
IPython.core.display_functions. In a session they add, replace and clear outputs of the running
cell (a Jupyter kernel sends display_data, update_display_data and clear_output); in a script,
display() prints each object's repr, as IPython's does without a front end."""

try:
    from _tessera_display import display, update_display, clear_output, new_display_id
except ImportError:
    import random as _random

    def new_display_id():
        return "%032x" % _random.getrandbits(128)

    def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None,
                raw=False, clear=False, update=False, **kwargs):
        for obj in objs:
            print(obj if raw else repr(obj))
        if display_id:
            return DisplayHandle(new_display_id() if display_id is True else display_id)

    def update_display(obj, *, display_id, **kwargs):
        display(obj, display_id=display_id, update=True, **kwargs)

    def clear_output(wait=False):
        pass


class DisplayHandle:
    """A handle on an updatable display: `display(obj, display_id=True)` returns one, and
    `handle.update(obj)` replaces what that display shows."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = new_display_id()
        self.display_id = display_id

    def __repr__(self):
        return "<%s display_id=%s>" % (self.__class__.__name__, self.display_id)

    def display(self, obj, **kwargs):
        """Shows obj as a new output with this handle's display id."""
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        """Replaces what every output with this handle's display id shows."""
        update_display(obj, display_id=self.display_id, **kwargs)
