"""fastai.gen_doc.nbdoc: what `from fastai.gen_doc.nbdoc import *` gives the book's chapter 17,
fastai's namespace (its `Module`, which needs no `super().__init__()`) and `show_doc`."""

from fastai.vision.all import *


class _DocMarkdown:
    """show_doc's output: the name, signature and first docstring paragraph as Markdown."""

    def __init__(self, text):
        self.text = text

    def _repr_markdown_(self):
        return self.text

    def __repr__(self):
        return self.text


def _signature(elt):
    code = getattr(elt, "__code__", None)
    if code is None:
        init = getattr(elt, "__init__", None)
        code = getattr(init, "__code__", None)
        skip = 1
    else:
        skip = 0
    try:
        names = list(code.co_varnames[:code.co_argcount])[skip:]
    except (AttributeError, TypeError):
        return "(...)"
    return "(" + ", ".join(names) + ")"


def show_doc(elt, doc_string=True, name=None, title_level=None, disp=True, default_cls_level=2):
    """Show the name, signature and docstring of `elt`, as fastai's show_doc does."""
    name = name or getattr(elt, "__qualname__", None) or getattr(elt, "__name__", repr(elt))
    level = title_level or (default_cls_level if isinstance(elt, type) else default_cls_level + 2)
    text = "#" * level + " `" + name + "`\n\n> `" + name + _signature(elt) + "`"
    doc = getattr(elt, "__doc__", None)
    if doc_string and doc:
        text += "\n\n" + doc.strip().split("\n\n")[0]
    result = _DocMarkdown(text)
    if disp:
        display(result)
        return None
    return result
