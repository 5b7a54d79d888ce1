#!/usr/bin/env python3
"""Writes what `%shapes` must print for book cells, computed with real PyTorch.

`%shapes` (and `%%shapes`) runs code and prints every tensor-valued sub-expression as
`<indent><source text>: [sizes] dtype`, in evaluation order; the indent is two spaces per level
of the expression tree (the statement's value is level 0), and the body of a function that was
compiled under `%%shapes`, when called from a traced call, continues one level below that call.
Names, attribute loads, subscripts, calls, unary and binary operations are reported; the
function of a call is not (it is no tensor).

This script is an independent implementation of that rule over CPython's `ast`: every such
node is wrapped in a call that prints the value's shape and dtype, and every traced call
records its level for the frames it starts. The cells run with PyTorch in one namespace, the
way a notebook runs them; the cells marked `shapes` are the ones traced.

    /tmp/torchenv/bin/python Scripts/gen-shapes-reference.py

Output: Tests/LibraryTests/Fixtures/shapes-reference.json, a list of scenarios, each with its
cells (source, whether traced) and the text each traced cell printed.
"""
import ast
import io
import json
import os
import sys
from contextlib import redirect_stdout

import torch

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUTPUT = os.path.join(ROOT, "Tests", "LibraryTests", "Fixtures", "shapes-reference.json")


def notebook_cell(notebook, index):
    with open(os.path.join(ROOT, "Notebooks", notebook + ".ipynb")) as f:
        cell = json.load(f)["cells"][index]
    assert cell["cell_type"] == "code"
    return "".join(cell["source"])


SCENARIOS = [
    ("chapter 4 linear1", [
        ("torch.manual_seed(42)\n"
         "train_x = torch.randn(12396, 784)\n"
         "def init_params(size, std=1.0): return (torch.randn(size)*std).requires_grad_()\n"
         "weights = init_params((28*28,1))\n"
         "bias = init_params(1)", False),
        (notebook_cell("04_mnist_sgd", 41), True),
        ("%shapes preds = (train_x @ weights + bias).sigmoid()", True),
    ]),
    ("chapter 17 lin and mse", [
        (notebook_cell("17_foundations", 50), False),
        (notebook_cell("17_foundations", 51), False),
        (notebook_cell("17_foundations", 49), True),
        (notebook_cell("17_foundations", 52), True),
        (notebook_cell("17_foundations", 62), False),
        (notebook_cell("17_foundations", 70), False),
        (notebook_cell("17_foundations", 71), False),
        (notebook_cell("17_foundations", 72), True),
        (notebook_cell("17_foundations", 73), True),
    ]),
]


class Tracer:
    def __init__(self):
        self.offsets = [0]

    def value(self, value, text, depth):
        if isinstance(value, torch.Tensor):
            dtype = str(value.dtype).replace("torch.", "")
            print("  " * (self.offsets[-1] + depth) + text + ": [" + ", ".join(map(str, value.shape)) + "] " + dtype)
        return value

    def call(self, depth, function, *args, **kwargs):
        # The callee's traced lines go one level below this call.
        self.offsets.append(self.offsets[-1] + depth + 1)
        try:
            return function(*args, **kwargs)
        finally:
            self.offsets.pop()


class Instrument(ast.NodeTransformer):
    def __init__(self, source):
        self.source = source
        self.depth = 0

    def text(self, node):
        return " ".join(ast.get_source_segment(self.source, node).split())

    def traced(self, node, inner):
        return ast.Call(ast.Attribute(ast.Name("__tracer", ast.Load()), "value", ast.Load()),
                        [inner, ast.Constant(self.text(node)), ast.Constant(self.depth)], [])

    def visit_expression(self, node):
        depth = self.depth
        self.depth += 1
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Attribute):
                # A method call: its object is evaluated (and traced), not the bound method.
                function = ast.Attribute(self.visit(function.value), function.attr, ast.Load())
            else:
                function = self.visit(function)
            args = [self.visit(a) for a in node.args]
            keywords = [ast.keyword(k.arg, self.visit(k.value)) for k in node.keywords]
            self.depth = depth
            inner = ast.Call(ast.Attribute(ast.Name("__tracer", ast.Load()), "call", ast.Load()),
                             [ast.Constant(depth), function] + args, keywords)
        else:
            self.depth = depth + 1
            inner = self.generic_visit(node)
            self.depth = depth
        self.depth = depth
        if isinstance(node, (ast.Name, ast.BinOp, ast.UnaryOp, ast.Call, ast.Attribute, ast.Subscript)):
            return self.traced(node, inner)
        return inner

    def visit(self, node):
        if isinstance(node, ast.expr) and not isinstance(getattr(node, "ctx", ast.Load()), (ast.Store, ast.Del)):
            return self.visit_expression(node)
        if isinstance(node, ast.stmt):
            self.depth = 0
        return super().visit(node)


def run_cell(source, traced, namespace):
    if source.startswith("%shapes "):
        source = source[len("%shapes "):]
    tree = ast.parse(source)
    if traced:
        tree = ast.fix_missing_locations(Instrument(source).visit(tree))
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    out = io.StringIO()
    with redirect_stdout(out):
        exec(compile(tree, "<cell>", "exec"), namespace)
        if last is not None:
            eval(compile(last, "<cell>", "eval"), namespace)
    return out.getvalue()


def main():
    scenarios = []
    for name, cells in SCENARIOS:
        namespace = {"torch": torch, "__tracer": Tracer()}
        records = []
        for source, traced in cells:
            text = run_cell(source, traced, namespace)
            records.append({"source": source, "shapes": traced, "output": text if traced else None})
        scenarios.append({"name": name, "cells": records})
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w") as f:
        json.dump({"made_by": "Scripts/gen-shapes-reference.py with PyTorch " + torch.__version__,
                   "scenarios": scenarios}, f, indent=1)
        f.write("\n")
    print("wrote " + OUTPUT)


if __name__ == "__main__":
    main()
