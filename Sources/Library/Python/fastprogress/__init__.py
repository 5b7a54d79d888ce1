"""fastprogress: progress bars for loops, in the terminal or a Jupyter front end."""
from fastprogress.fastprogress import master_bar, progress_bar, force_console_behavior
