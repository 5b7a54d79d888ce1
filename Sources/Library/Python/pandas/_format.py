"""pandas' plain-text layout of a DataFrame or Series, as pandas 3 prints them outside a terminal.

Each column is formatted as a whole (pandas trims trailing zeros together across a float column
and switches the column to scientific notation when one value would not show), then the columns
are justified, joined and, past `display.width`, wrapped into blocks ended by ` \\`. The
functions take plain lists so that the frame and series classes only choose what to show.
"""
import math

# pandas' defaults outside a notebook kernel (a script, a terminal, a pipe): the frame is cut
# to fit 80 characters rather than wrapped.
OPTIONS = {
    "display.max_rows": 60,
    "display.min_rows": 10,
    "display.max_columns": 0,
    "display.width": 80,
    "display.precision": 6,
    "display.max_colwidth": 50,
}

NUMERIC_DTYPES = ("float16", "float32", "float64", "bfloat16", "int8", "int16", "int32", "int64",
                  "uint8", "uint16", "uint32", "uint64", "bool")


def is_float_dtype(dtype):
    return dtype.startswith("float") or dtype == "bfloat16"


def is_missing(value):
    return value is None or (isinstance(value, float) and value != value)


def _trim_zeros(strings):
    """Drops trailing zeros from every decimal number of a column equally, keeping one digit
    after the point (pandas' `_trim_zeros_float`)."""
    numbers = [_is_decimal_number(s) for s in strings]
    if not any(numbers):
        return list(strings)
    trimmed = list(strings)
    while True:
        if not all(s.endswith("0") for s, n in zip(trimmed, numbers) if n):
            break
        trimmed = [s[:-1] if n else s for s, n in zip(trimmed, numbers)]
    return [s + "0" if n and s.endswith(".") else s for s, n in zip(trimmed, numbers)]


def _is_decimal_number(text):
    body = text.strip()
    if body[:1] in ("+", "-"):
        body = body[1:]
    if "." not in body:
        return False
    whole, _, fraction = body.partition(".")
    return whole.isdigit() and (fraction == "" or fraction.isdigit())


def _float_strings(values, spec):
    out = []
    for v in values:
        if is_missing(v):
            out.append("NaN")
        elif v == math.inf:
            out.append(" inf")
        elif v == -math.inf:
            out.append("-inf")
        else:
            out.append(format(v, spec))
    return _trim_zeros(out)


def format_floats(values, leading_space=True):
    """A float column as pandas' FloatArrayFormatter writes it: fixed precision, zeros trimmed
    together, scientific notation when a value is too small to show or too large to fit."""
    digits = OPTIONS["display.precision"]
    sign = " " if leading_space else ""
    strings = _float_strings(values, sign + "." + str(digits) + "f")
    finite = [abs(v) for v in values if not is_missing(v) and abs(v) != math.inf]
    too_long = bool(strings) and max(len(s) for s in strings) > digits + 6
    large = any(v > 1e6 for v in finite)
    small = any(0 < v < 10 ** (-digits) for v in finite)
    if small or (too_long and large):
        strings = _float_strings(values, sign + "." + str(digits) + "e")
    return strings


def format_value(value):
    """One value of an object or string column, as pandas' pprint_thing shows it."""
    if value is None:
        return "None"
    if isinstance(value, float):
        if value != value:
            return "NaN"
        text = format(value, " ." + str(OPTIONS["display.precision"]) + "f").rstrip("0")
        return text + "0" if text.endswith(".") else text
    return str(value).replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def format_column(values, dtype, leading_space=True):
    """The strings of one column's values (before justification)."""
    if is_float_dtype(dtype):
        return format_floats(values, leading_space)
    space = " " if leading_space else ""
    if dtype == "bool" or dtype.startswith("int") or dtype.startswith("uint"):
        return [space + str(v) for v in values]
    has_float = any(isinstance(v, float) and not is_missing(v) for v in values)
    out = []
    for v in values:
        text = format_value(v)
        if isinstance(v, float) and not is_missing(v):
            out.append(text)
        elif has_float or leading_space:
            out.append(" " + text)
        else:
            out.append(text)
    return out


def fixed_width(strings, justify="right", minimum=0):
    width = max([len(s) for s in strings] + [minimum])
    limit = OPTIONS["display.max_colwidth"]
    if limit is not None and width > limit:
        width = limit
        strings = [s[:width - 3] + "..." if len(s) > width else s for s in strings]
    return [justify_text(s, width, justify) for s in strings], width


def justify_text(text, width, mode):
    if mode == "left":
        return text.ljust(width)
    if mode == "center":
        return text.center(width)
    return text.rjust(width)


def adjoin(space, columns):
    """Glues columns of strings side by side, each padded to its width plus `space` (the last
    one to its own width), as pandas' printing.adjoin."""
    lengths = [max(len(s) for s in column) + space for column in columns[:-1]]
    lengths.append(max(len(s) for s in columns[-1]))
    rows = max(len(column) for column in columns)
    padded = []
    for column, width in zip(columns, lengths):
        cells = [s.ljust(width) for s in column]
        padded.append([" " * width] * (rows - len(column)) + cells)
    return "\n".join("".join(cells[r] for cells in padded) for r in range(rows))


def _binify(widths, line_width):
    bins = []
    current = 0
    last = len(widths) - 1
    for i, w in enumerate(widths):
        current += w + 1
        wrap = (current + 1 if i == last else current + 2) > line_width and i > 0
        if wrap:
            bins.append(i)
            current = w + 1
    bins.append(len(widths))
    return bins


def join_multiline(index_column, columns, line_width):
    """Splits the columns into blocks no wider than `line_width`, each repeating the index; every
    block but the last ends with a ` \\` column (pandas' `_join_multiline`)."""
    width = line_width - (max(len(s) for s in index_column) + 1)
    widths = [max(len(s) for s in column) if column else 0 for column in columns]
    bins = _binify(widths, width)
    blocks = []
    start = 0
    for i, end in enumerate(bins):
        row = [index_column] + columns[start:end]
        if len(bins) > 1:
            count = len(row[-1])
            if end <= len(columns) and i < len(bins) - 1:
                row.append([" \\"] + ["  "] * (count - 1))
            else:
                row.append([" "] * count)
        blocks.append(adjoin(1, row))
        start = end
    return "\n\n".join(blocks)


def shown_positions(count, limit, shown_when_cut):
    """Which positions of `count` rows or columns are shown, and where the `...` goes (None when
    nothing is cut). `limit` 0 or None means no limit."""
    if not limit or count <= limit:
        return list(range(count)), None
    half = max(shown_when_cut // 2, 1)
    return list(range(half)) + list(range(count - half, count)), half


def row_limits():
    max_rows = OPTIONS["display.max_rows"]
    min_rows = OPTIONS["display.min_rows"]
    shown = min(min_rows, max_rows) if min_rows and max_rows else max_rows
    return max_rows, shown


def frame_to_string(labels, dtypes, columns, index_labels, row_count):
    """The text of a frame: `columns` holds each column's values (all rows), `labels` the column
    labels, `index_labels` the row labels.

    With `display.max_columns` 0 (pandas' default in a script or terminal) columns are dropped
    from the middle until the frame fits `display.width`; with a number (pandas' default in a
    notebook kernel is 20) that many are kept and wide frames wrap into blocks."""
    if row_count == 0 or not labels:
        return ("Empty DataFrame\nColumns: " + _list_text(labels) + "\nIndex: " + _list_text(index_labels))
    max_rows, shown_rows = row_limits()
    rows, row_cut = shown_positions(row_count, max_rows, shown_rows)
    max_cols = OPTIONS["display.max_columns"]
    cols, col_cut = shown_positions(len(labels), max_cols, max_cols)
    index_column, _ = fixed_width([""] + [str(index_labels[r]) for r in rows], "left")
    headers = label_strings([labels[c] for c in cols])
    strcols = [_string_column(h, dtypes[c], [columns[c][r] for r in rows]) for h, c in zip(headers, cols)]
    if col_cut is not None:
        strcols.insert(col_cut, [" ..."] * len(index_column))
    if row_cut is not None:
        _insert_row_dots(index_column, strcols, row_cut + 1, col_cut)
    if max_cols:
        text = join_multiline(index_column, strcols, OPTIONS["display.width"])
    else:
        text, fitted = _fit_to_width(index_column, strcols, OPTIONS["display.width"])
        if fitted:
            col_cut = len(strcols)
    if row_cut is not None or col_cut is not None:
        text += "\n\n[%d rows x %d columns]" % (row_count, len(labels))
    return text


def label_strings(labels):
    """Column labels as pandas formats an Index: numbers left-justified to one width, other
    labels as they are."""
    texts = [str(x) for x in labels]
    if labels and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in labels):
        width = max(len(t) for t in texts)
        return [t.ljust(width) for t in texts]
    return texts


def _string_column(label, dtype, values):
    """A column's header and values, right-justified to one width."""
    header = str(label)
    if dtype in NUMERIC_DTYPES:
        header = " " + header
    strings, width = fixed_width(format_column(values, dtype), "right", len(header))
    return [header.rjust(width)] + strings


def _insert_row_dots(index_column, strcols, position, dots_column):
    index_width = len(index_column[0])
    index_column.insert(position, ("..." if index_width > 3 else "..").ljust(index_width))
    for i, column in enumerate(strcols):
        if dots_column is not None and i == dots_column:
            column.insert(position, " ...")
        else:
            width = len(column[position])
            column.insert(position, ("..." if width > 3 else "..").rjust(width))


def _fit_to_width(index_column, strcols, width):
    """Drops columns from the middle until the frame fits `width` (pandas'
    `_fit_strcols_to_terminal_width`); returns the text and whether columns were dropped."""
    allcols = [index_column] + strcols
    lengths = [max(len(s) for s in column) for column in allcols]
    count = len(lengths)
    excess = sum(lengths) + count - 1 - width + 1
    if excess <= 0:
        return adjoin(1, allcols), False
    excess += 5  # the " ..." column that replaces them, and its gap
    while excess > 0 and count > 1:
        middle = round(count / 2)
        excess -= lengths.pop(middle) + 1
        count -= 1
    fitted = max(count - 1, 2)
    if fitted >= len(strcols):
        return adjoin(1, allcols), False
    half = fitted // 2
    kept = allcols[:half + 1] + allcols[len(allcols) - half:]
    kept.insert(half + 1, [" ..."] * len(kept[0]))
    return adjoin(1, kept), True


def series_to_string(values, dtype, index_labels, name):
    max_rows, shown_rows = row_limits()
    count = len(values)
    rows, cut = shown_positions(count, max_rows, shown_rows)
    index_column, _ = fixed_width([str(index_labels[r]) for r in rows], "left")
    column, width = fixed_width(format_column([values[r] for r in rows], dtype), "right")
    if cut is not None:
        # A series centres its dots under the values and leaves the index blank.
        column.insert(cut, ("..." if width > 3 else "..").center(width))
        index_column.insert(cut, "")
    footer = []
    if name is not None:
        footer.append("Name: " + str(name))
    if cut is not None:
        footer.append("Length: " + str(count))
    footer.append("dtype: " + dtype)
    if count == 0:
        return "Series([], " + ", ".join(footer) + ")"
    return adjoin(3, [index_column, column]) + "\n" + ", ".join(footer)


def _list_text(items):
    return "[" + ", ".join(str(x) for x in items) + "]"
