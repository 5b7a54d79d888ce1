#!/usr/bin/env python3
"""Renders a corpus of fastbook-style markdown cells with GitHub's cmark-gfm, as packaged for
Python by `cmarkgfm` (its own build of cmark-gfm, independent of the Debian library Tessera
links), and writes the HTML as the reference Tessera's markdown export is compared with.

The corpus is every markdown cell of the chapter notebooks in Notebooks/, plus cells below that
use what the rest of fastbook's markdown uses: GitHub tables, inline HTML images with alt and
width, footnotes, `$...$` maths, nested lists, emphasis across line breaks.

Maths is handled as the Jupyter front ends handle it: each `$$...$$` / `$...$` span is swapped
for an `@@n@@` token before markdown, and the HTML-escaped TeX is put back afterwards. The
renderer runs with raw HTML allowed (`unsafe`); the test compares element names, text and the
attributes Tessera keeps (src, alt, width, href), so attributes Tessera drops do not count.

Regenerate from the repository root (needs `pip install cmarkgfm`):

    python3 Scripts/gen-markdown-reference.py

Output: Tests/KernelTests/MarkdownReference.swift
"""
import glob
import html
import json
import os
import re

import cmarkgfm
from cmarkgfm.cmark import Options

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EXTRA_CELLS = [
    "## Jargon Recap\n\nThe terms we met in this chapter:\n\n"
    "| Term | Meaning |\n|------|---------|\n"
    "| ReLU | Function that returns 0 for negative numbers and doesn't change positive numbers. |\n"
    "| Mini-batch | A small group of inputs and labels gathered together in two arrays. |\n"
    "| Forward pass | Applying the model to some input and computing the predictions. |\n"
    "| Loss | A value that represents how well (or badly) our model is doing. |",
    "| Activation | Parameter |\n|:---|---:|\n| `x@w` | *weights* |\n| **bias** | b |",
    '<img alt="The gradient descent process" width="400" caption="The gradient descent process" '
    'id="gradient_descent" src="images/chapter2_motivation.png">',
    'Here is the picture: <img src="images/grad_illustration.svg" alt="Graph showing the slope" width="600"> and '
    'H<sub>2</sub>O, x<sup>2</sup>, a line<br>break.',
    "This is a claim that needs a source.[^1] And a second one.[^note]\n\n"
    "[^1]: The first footnote.\n[^note]: The second, with `code`.",
    "The function is $y = a x^2 + b x + c$, and the mean of $x_1$ and $x_2$ is "
    "$\\frac{x_1 + x_2}{2}$. With a price of $5 nothing is maths.",
    "The loss is\n\n$$\\operatorname{loss} = \\frac{1}{n}\\sum_{i=1}^{n} (y_i - \\hat y_i)^2$$\n\n"
    "and its gradient with respect to $w_{j}$ follows, where $a<b$ and $c>d$.",
    "The steps are:\n\n1. *Initialize* the weights.\n1. For each image, use these weights to *predict*\n"
    "   - whether it appears to be a 3 or a 7,\n   - with a score:\n     1. high for a 3,\n"
    "     1. low for a 7.\n1. Based on these predictions, calculate how good the model is (its *loss*).",
    "- [x] download the data\n- [ ] train the model\n\n~~Deprecated~~ see www.fast.ai or "
    "<https://course.fast.ai> and https://docs.fast.ai/ for more.",
    "As we'll see, the *fastai and\nPyTorch* libraries\nwork together, and **bold text\nacross lines** "
    "reflows like the rest of a paragraph.",
    "> note: Tensors are the workhorse of deep learning.\n> They hold numbers of one type.\n\n"
    "```python\ndef f(x): return x**2  # $not maths$\n```\n\nInline `a_1 $b$` code.",
    "#### A smaller heading\n\n---\n\nA [link with *emphasis*](https://www.fast.ai/ \"fast.ai\") "
    "and an image ![alt text](images/pixels.png).",
]


def remove_math(text):
    """Jupyter's approach: maths spans out, `@@n@@` tokens in."""
    spans = []

    def keep(match):
        spans.append(match.group(0))
        return '@@%d@@' % (len(spans) - 1)

    # Code (fenced blocks and spans) is left alone.
    parts = re.split(r'(```[\s\S]*?```|`[^`\n]*`)', text)
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(r'\$\$[\s\S]+?\$\$|\$(?!\s)[^$\n]+?(?<!\s)\$(?!\d)', keep, parts[i])
    return ''.join(parts), spans


def render(markdown):
    protected, spans = remove_math(markdown)
    out = cmarkgfm.github_flavored_markdown_to_html(protected, options=Options.CMARK_OPT_UNSAFE | Options.CMARK_OPT_FOOTNOTES)
    for i, span in enumerate(spans):
        out = out.replace('@@%d@@' % i, html.escape(span, quote=False))
    return out


def corpus():
    cells = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'Notebooks', '*.ipynb'))):
        with open(path) as f:
            notebook = json.load(f)
        for cell in notebook['cells']:
            if cell['cell_type'] == 'markdown':
                source = cell['source']
                cells.append(''.join(source) if isinstance(source, list) else source)
    return cells + EXTRA_CELLS


def swift_string(text):
    return json.dumps(text, ensure_ascii=False).replace('\\"', '\\"').replace('\\/', '/')


def main():
    cases = [(cell, render(cell)) for cell in corpus()]
    lines = [
        '// Generated by Scripts/gen-markdown-reference.py from the chapter notebooks and fastbook-style',
        '// cells; do not edit. Each case is a markdown cell and its HTML from GitHub\'s cmark-gfm.',
        'enum MarkdownReference {',
        '    static let cases: [(markdown: String, html: String)] = [',
    ]
    for markdown, rendered in cases:
        lines.append('        (%s,\n         %s),' % (swift_string(markdown), swift_string(rendered)))
    lines += ['    ]', '}', '']
    target = os.path.join(ROOT, 'Tests', 'KernelTests', 'MarkdownReference.swift')
    with open(target, 'w') as f:
        f.write('\n'.join(lines))
    print('wrote %d cases to %s' % (len(cases), target))


if __name__ == '__main__':
    main()
