"""IPython.display: what notebook code imports to show rich output."""
from IPython.core.display_functions import display, update_display, clear_output, DisplayHandle
from IPython.core.display import (DisplayObject, TextDisplayObject, Pretty, HTML, Markdown, Math, Latex,
                                  SVG, JSON, Image, Code, display_html, display_markdown, display_latex,
                                  display_pretty)
