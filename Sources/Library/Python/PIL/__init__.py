"""PIL: the Pillow subset the book uses (PIL.Image, PNG files)."""


class UnidentifiedImageError(OSError):
    """Raised by Image.open when the file is not an image Tessera can read."""
