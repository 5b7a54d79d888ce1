"""The list type of shell output: what `x = !cmd` and `%sx cmd` return, as IPython's
IPython.utils.text.SList (a list of lines with views for shell-style work)."""


class SList(list):
    """A list of strings (the lines of a command's output) with the shortcuts IPython gives:
    .s (joined by spaces), .n (joined by newlines), .l (the plain list), .p (as paths),
    .grep(pattern) and .fields(*columns)."""

    def get_list(self):
        return self

    l = list = property(get_list)

    def get_spstr(self):
        return " ".join(self)

    s = spstr = property(get_spstr)

    def get_nlstr(self):
        return "\n".join(self)

    n = nlstr = property(get_nlstr)

    def get_paths(self):
        from pathlib import Path
        return [Path(p) for p in self if p]

    p = paths = property(get_paths)

    def grep(self, pattern, prune=False, field=None):
        """The lines that contain `pattern` (a string, or a function of the line); with
        prune=True the lines that do not. field=N tests only the Nth whitespace-separated field."""
        if callable(pattern):
            test = pattern
        else:
            test = lambda text: pattern in text

        def chosen(line):
            if field is None:
                return line
            parts = line.split()
            return parts[field] if len(parts) > field else ""

        if prune:
            return SList([line for line in self if not test(chosen(line))])
        return SList([line for line in self if test(chosen(line))])

    def fields(self, *columns):
        """The chosen whitespace-separated columns of each line, joined by a space (all columns
        when none are named), as IPython's SList.fields."""
        if len(columns) == 0:
            return [line.split() for line in self]
        result = SList()
        for line in self:
            parts = line.split()
            picked = []
            for column in columns:
                if -len(parts) <= column < len(parts):
                    picked.append(parts[column])
            if picked:
                result.append(" ".join(picked))
        return result

    def sort(self, field=None, nums=False):
        """A sorted copy: by a field (column number), numerically with nums=True."""
        if field is None:
            keyed = [(line, line) for line in self]
        else:
            keyed = [(" ".join(line.split()[field:field + 1]), line) for line in self]
        if nums:
            def number(text):
                digits = "".join(c for c in text if c.isdigit())
                return int(digits) if digits else 0
            keyed = [(number(key), line) for key, line in keyed]
        keyed.sort(key=lambda pair: pair[0])
        return SList([line for _, line in keyed])
