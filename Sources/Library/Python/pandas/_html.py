"""A frame as the HTML table pandas writes (`to_html`, and `_repr_html_` in notebooks)."""
from pandas import _format


def escape(text):
    """pandas escapes the three characters that would start markup."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def frame_to_html(frame, notebook=False):
    count = len(frame)
    if notebook:
        max_rows, shown_rows = _format.row_limits()
        max_cols = _format.OPTIONS["display.max_columns"]
    else:
        max_rows, shown_rows, max_cols = 0, 0, 0
    rows, row_cut = _format.shown_positions(count, max_rows, shown_rows)
    cols, col_cut = _format.shown_positions(len(frame._labels), max_cols, max_cols)
    cells = []
    for c in cols:
        values = [frame._columns[c][r] for r in rows]
        cells.append([escape(s.strip()) for s in _format.format_column(values, frame._dtypes[c])])
    headers = [escape(frame._labels[c]) for c in cols]
    if col_cut is not None:
        headers.insert(col_cut, "...")
        cells.insert(col_cut, ["..."] * len(rows))
    index_labels = frame.index.tolist()
    lines = ['<table border="1" class="dataframe">', "  <thead>", '    <tr style="text-align: right;">',
             "      <th></th>"]
    lines += ["      <th>" + h + "</th>" for h in headers]
    lines += ["    </tr>", "  </thead>", "  <tbody>"]
    for position, r in enumerate(rows):
        if row_cut is not None and position == row_cut:
            lines += ["    <tr>", "      <th>...</th>"] + ["      <td>...</td>"] * len(cells) + ["    </tr>"]
        lines += ["    <tr>", "      <th>" + escape(index_labels[r]) + "</th>"]
        lines += ["      <td>" + column[position] + "</td>" for column in cells]
        lines.append("    </tr>")
    lines += ["  </tbody>", "</table>"]
    if notebook and (row_cut is not None or col_cut is not None):
        lines.append("<p>%d rows \u00d7 %d columns</p>" % (count, len(frame._labels)))
    return "\n".join(lines)
