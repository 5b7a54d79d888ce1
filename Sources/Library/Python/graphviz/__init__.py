"""graphviz: the Python `graphviz` package's Source, Graph and Digraph, drawn by Graphviz's
library (libgvc) inside Tessera instead of by the `dot` program. DOT text is built as the package
builds it, so `.source` reads the same; `_repr_svg_` and `_repr_png_` show a graph in notebooks."""

import _tessera_graphviz

__all__ = ['Source', 'Graph', 'Digraph', 'CalledProcessError', 'ExecutableNotFound',
           'FORMATS', 'ENGINES', 'quote', 'quote_edge']

ENGINES = {'dot', 'neato', 'fdp', 'sfdp', 'circo', 'twopi', 'osage', 'patchwork'}
FORMATS = {'svg', 'png', 'pdf', 'ps', 'eps', 'jpg', 'jpeg', 'gif', 'dot', 'gv', 'canon',
           'plain', 'plain-ext', 'json', 'json0', 'xdot', 'xdot_json', 'fig', 'imap', 'cmapx'}
_KEYWORDS = {'node', 'edge', 'graph', 'digraph', 'subgraph', 'strict'}


class ExecutableNotFound(RuntimeError):
    pass


class CalledProcessError(RuntimeError):
    """Graphviz could not read or draw the graph; the message is Graphviz's own."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        RuntimeError.__init__(self, stderr)
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return str(self.stderr)


def _is_id(s):
    if not s:
        return False
    if s[0].isalpha() or s[0] == '_':
        return all((c.isalnum() and c.isascii()) or c == '_' for c in s) and s[0].isascii()
    body = s[1:] if s[0] == '-' else s
    if not body or body.count('.') > 1:
        return False
    if not all(c.isdigit() or c == '.' for c in body):
        return False
    return body != '.' and not body.startswith('..')


def quote(identifier):
    """An identifier as DOT needs it: plain when it is a DOT ID, `<...>` HTML labels as they
    are, anything else in double quotes with its unescaped quotes escaped."""
    identifier = str(identifier)
    if identifier.startswith('<') and identifier.endswith('>'):
        return identifier
    if _is_id(identifier) and identifier.lower() not in _KEYWORDS:
        return identifier
    out = []
    backslash = False
    for c in identifier:
        if c == '"' and not backslash:
            out.append('\\"')
        else:
            out.append(c)
        backslash = (c == '\\') and not backslash
    return '"' + ''.join(out) + '"'


def quote_edge(identifier):
    """`node:port:compass` with the node and port quoted."""
    node, _, rest = str(identifier).partition(':')
    parts = [quote(node)]
    if rest:
        port, _, compass = rest.partition(':')
        parts.append(quote(port))
        if compass:
            parts.append(compass)
    return ':'.join(parts)


def _items(mapping):
    # The package sorts plain dicts (keyword arguments), so the DOT text does not depend on
    # argument order.
    items = list(mapping.items())
    if type(mapping) is dict:
        items = sorted(items)
    return items


def _a_list(label=None, kwargs=None, attributes=None):
    result = ['label=' + quote(label)] if label is not None else []
    if kwargs:
        result += [quote(k) + '=' + quote(v) for k, v in _items(kwargs) if v is not None]
    if attributes:
        pairs = _items(attributes) if hasattr(attributes, 'items') else list(attributes)
        result += [quote(k) + '=' + quote(v) for k, v in pairs if v is not None]
    return ' '.join(result)


def _attr_list(label=None, kwargs=None, attributes=None):
    content = _a_list(label, kwargs, attributes)
    return ' [' + content + ']' if content else ''


class _Base:
    """Rendering shared by Source and the graph builders."""

    _default_filename = 'Source.gv'

    def _init_output(self, filename, directory, format, engine, encoding):
        if format is not None and format not in FORMATS:
            raise ValueError('unknown format: ' + repr(format))
        if engine is not None and engine not in ENGINES:
            raise ValueError('unknown engine: ' + repr(engine))
        self.filename = filename
        self.directory = directory if directory is not None else ''
        self.format = format if format is not None else 'pdf'
        self.engine = engine if engine is not None else 'dot'
        self.encoding = encoding

    def __str__(self):
        return self.source

    @property
    def filepath(self):
        name = self.filename if self.filename is not None else self._default_filename
        return self.directory + '/' + name if self.directory else name

    def pipe(self, format=None, renderer=None, formatter=None, engine=None, encoding=None, quiet=False):
        """The graph drawn in `format` as bytes (as text when `encoding` is given)."""
        format = format if format is not None else self.format
        engine = engine if engine is not None else self.engine
        if format not in FORMATS:
            raise ValueError('unknown format: ' + repr(format))
        if engine not in ENGINES:
            raise ValueError('unknown engine: ' + repr(engine))
        if renderer is not None:
            format = format + ':' + renderer + (':' + formatter if formatter is not None else '')
        try:
            data = _tessera_graphviz.render(self.source, engine, format)
        except RuntimeError as e:
            raise CalledProcessError(1, [engine, '-K' + engine, '-T' + format], stderr=str(e))
        return data.decode(encoding) if encoding is not None else data

    def save(self, filename=None, directory=None):
        if filename is not None:
            self.filename = filename
        if directory is not None:
            self.directory = directory
        with open(self.filepath, 'w') as f:
            f.write(self.source)
        return self.filepath

    def render(self, filename=None, directory=None, view=False, cleanup=False, format=None,
               renderer=None, formatter=None, quiet=False, quiet_view=False, outfile=None,
               engine=None):
        """Saves the DOT text and writes the drawing beside it (`Source.gv.pdf`); returns the
        drawing's path."""
        if outfile is not None:
            outfile = str(outfile)
            if format is None and '.' in outfile.rpartition('/')[2]:
                format = outfile.rpartition('.')[2]
        format = format if format is not None else self.format
        data = self.pipe(format=format, renderer=renderer, formatter=formatter, engine=engine)
        source_path = self.save(filename, directory)
        target = outfile if outfile is not None else source_path + '.' + format
        _tessera_graphviz.write_bytes(target, data)
        if cleanup:
            import os
            os.remove(source_path)
        return target

    def view(self, *args, **kwargs):
        return self.render(*args, **kwargs)

    def _repr_svg_(self):
        return self.pipe(format='svg', encoding='utf-8')

    def _repr_png_(self):
        return self.pipe(format='png')

    def _repr_image_svg_xml(self):
        return self._repr_svg_()

    def _repr_mimebundle_(self, include=None, exclude=None, **_):
        return {'image/svg+xml': self._repr_svg_()}


class Source(_Base):
    """Verbatim DOT text, as `graphviz.Source`."""

    def __init__(self, source, filename=None, directory=None, format=None, engine=None,
                 encoding='utf-8'):
        self._source = str(source)
        self._init_output(filename, directory, format, engine, encoding)

    @property
    def source(self):
        # The package reads the text as lines, so it always ends with a newline.
        return self._source if self._source.endswith('\n') else self._source + '\n'

    def __repr__(self):
        return '<graphviz.sources.Source object at ' + hex(id(self)) + '>'


class Graph(_Base):
    """An undirected graph built with `node`, `edge`, `edges` and `attr`."""

    directed = False
    _keyword = 'graph'
    _edge_op = '--'

    def __init__(self, name=None, comment=None, filename=None, directory=None, format=None,
                 engine=None, encoding='utf-8', graph_attr=None, node_attr=None, edge_attr=None,
                 body=None, strict=False):
        self.name = name
        self.comment = comment
        self.graph_attr = dict(graph_attr) if graph_attr is not None else {}
        self.node_attr = dict(node_attr) if node_attr is not None else {}
        self.edge_attr = dict(edge_attr) if edge_attr is not None else {}
        self.body = list(body) if body is not None else []
        self.strict = strict
        if filename is None and name is not None:
            filename = name + '.gv'
        self._default_filename = type(self).__name__ + '.gv'
        self._init_output(filename, directory, format, engine, encoding)

    def __repr__(self):
        return '<graphviz.graphs.' + type(self).__name__ + ' object at ' + hex(id(self)) + '>'

    @property
    def source(self):
        lines = []
        if self.comment:
            lines.append('// ' + str(self.comment) + '\n')
        head = ('strict ' if self.strict else '') + self._keyword + ' '
        lines.append(head + (quote(self.name) + ' ' if self.name else '') + '{\n')
        for kw, attrs in (('graph', self.graph_attr), ('node', self.node_attr), ('edge', self.edge_attr)):
            if attrs:
                lines.append('\t' + kw + _attr_list(None, kwargs=attrs) + '\n')
        lines += self.body
        lines.append('}\n')
        return ''.join(lines)

    def node(self, name, label=None, _attributes=None, **attrs):
        self.body.append('\t' + quote(name) + _attr_list(label, attrs, _attributes) + '\n')

    def edge(self, tail_name, head_name, label=None, _attributes=None, **attrs):
        line = '\t' + quote_edge(tail_name) + ' ' + self._edge_op + ' ' + quote_edge(head_name)
        self.body.append(line + _attr_list(label, attrs, _attributes) + '\n')

    def edges(self, tail_head_iter):
        for pair in tail_head_iter:
            tail, head = pair
            self.body.append('\t' + quote_edge(tail) + ' ' + self._edge_op + ' ' + quote_edge(head) + '\n')

    def attr(self, kw=None, _attributes=None, **attrs):
        """`attr('node', shape='box')` sets defaults for later nodes; `attr(rankdir='LR')` sets
        graph attributes."""
        if kw is not None and kw.lower() not in ('graph', 'node', 'edge'):
            raise ValueError("attr statement must target graph, node, or edge: " + repr(kw))
        if attrs or _attributes:
            if kw is None:
                self.body.append('\t' + _a_list(None, attrs, _attributes) + '\n')
            else:
                self.body.append('\t' + kw + _attr_list(None, attrs, _attributes) + '\n')

    def clear(self, keep_attrs=False):
        if not keep_attrs:
            self.graph_attr = {}
            self.node_attr = {}
            self.edge_attr = {}
        self.body = []


class Digraph(Graph):
    """A directed graph."""

    directed = True
    _keyword = 'digraph'
    _edge_op = '->'
