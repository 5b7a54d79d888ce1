"""IPython.core.display: objects that show as HTML, Markdown, LaTeX, SVG, JSON or an image, and
the display functions. An object's `_repr_html_` (and the like) give its rich forms; its repr is
IPython's `<IPython.core.display.HTML object>`, which is what a text front end shows."""
from IPython.core.display_functions import display, update_display, clear_output, DisplayHandle


def _is_existing_file(text):
    try:
        import os
        return len(text) < 4096 and "\n" not in text and os.path.isfile(text)
    except Exception:
        return False


class DisplayObject:
    """An object that wraps data to be displayed."""
    _read_flags = "r"
    metadata = None

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if data is not None and isinstance(data, str):
            if data.startswith("http") and url is None:
                url, filename, data = data, None, None
            elif filename is None and _is_existing_file(data):
                url, filename, data = None, data, None
        self.url = url
        self.filename = filename
        self.data = data
        if metadata is not None:
            self.metadata = metadata
        elif self.metadata is None:
            self.metadata = {}
        self.reload()
        self._check_data()

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s object>" % (cls.__module__, cls.__name__)

    def _check_data(self):
        pass

    def reload(self):
        """Reads the data again from its file (URLs are not fetched: Tessera has no network
        client)."""
        if self.filename is not None:
            with open(self.filename, self._read_flags) as f:
                self.data = f.read()
        elif self.url is not None:
            raise NotImplementedError("Tessera cannot fetch %s: pass the data or a file name" % self.url)


class TextDisplayObject(DisplayObject):
    """A display object whose data is text."""

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, str):
            raise TypeError("{} expects text, not {!r}".format(self.__class__.__name__, self.data))


class Pretty(TextDisplayObject):
    def __repr__(self):
        return self.data


class HTML(TextDisplayObject):
    def _repr_html_(self):
        return self.data

    def __html__(self):
        return self._repr_html_()


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self.data


class Math(TextDisplayObject):
    def _repr_latex_(self):
        return r"$\displaystyle %s$" % self.data.strip("$")


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self.data


class SVG(DisplayObject):
    def _repr_svg_(self):
        data = self.data
        if isinstance(data, bytes):
            data = data.decode("utf-8")
        return data


class Code(TextDisplayObject):
    """Source code shown as text (IPython highlights it; Tessera shows it plain)."""

    def __init__(self, data=None, url=None, filename=None, language=None):
        self.language = language
        super().__init__(data=data, url=url, filename=filename)

    def __repr__(self):
        return self.data


class JSON(DisplayObject):
    """JSON data; front ends without a JSON viewer show its text."""

    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root="root", **kwargs):
        self.expanded = expanded
        self.root = root
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)

    def reload(self):
        super().reload()
        if isinstance(self.data, str) and (self.filename is not None or self.url is not None):
            import json
            self.data = json.loads(self.data)

    def __repr__(self):
        import json
        return json.dumps(self.data, indent=1)


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8"


class Image(DisplayObject):
    """A PNG or JPEG image, from bytes or a file."""
    _read_flags = "rb"

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None, width=None, height=None,
                 retina=False, unconfined=False, metadata=None, alt=None):
        if filename is None and url is None and data is None:
            raise ValueError("No image data found. Expecting filename, url, or data.")
        name = filename if filename is not None else (data if isinstance(data, str) else None)
        if format is None and name is not None:
            extension = name.rsplit(".", 1)[-1].lower()
            format = {"jpg": "jpeg", "jpeg": "jpeg", "png": "png"}.get(extension)
        self.format = format
        self.embed = True if embed is None else embed
        self.width = width
        self.height = height
        self.alt = alt
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)
        if self.format is None and isinstance(self.data, bytes):
            if self.data.startswith(_PNG_SIGNATURE):
                self.format = "png"
            elif self.data.startswith(_JPEG_SIGNATURE):
                self.format = "jpeg"
        if self.format == "jpg":
            self.format = "jpeg"
        if self.format not in ("png", "jpeg"):
            raise ValueError("Cannot embed the '%s' image format" % self.format)

    def _repr_png_(self):
        if self.format == "png":
            return self.data

    def _repr_jpeg_(self):
        if self.format == "jpeg":
            return self.data


def _display_as(mime_method, objs, raw):
    if raw:
        mime = {"_repr_html_": "text/html", "_repr_markdown_": "text/markdown",
                "_repr_latex_": "text/latex"}.get(mime_method)
        for obj in objs:
            display({mime: obj} if mime else obj, raw=True)
    else:
        display(*objs)


def display_html(*objs, raw=False, metadata=None):
    _display_as("_repr_html_", objs, raw)


def display_markdown(*objs, raw=False, metadata=None):
    _display_as("_repr_markdown_", objs, raw)


def display_latex(*objs, raw=False, metadata=None):
    _display_as("_repr_latex_", objs, raw)


def display_pretty(*objs, raw=False, metadata=None):
    if raw:
        for obj in objs:
            display({"text/plain": obj}, raw=True)
    else:
        display(*objs)
