#!/usr/bin/env python3
"""Generates Tests/LibraryTests/Fixtures/pil-resize.json: Pillow's `Image.resize` results (every
resampling filter, up- and down-scaling, non-integer ratios, 1-pixel targets, `box=`,
`reducing_gap=` that does not reduce) and the errors of bad arguments. ImageResizeTests.swift
rebuilds the same source images in Tessera, resizes them the same way and compares every byte.

Regenerate from the repository root with the reference environment of README.md (Pillow 13):

    /tmp/torchenv/bin/python Scripts/gen-pil-resize-fixtures.py

Source images are not stored: pixel (x, y) of band c of image `name` is
    (x * 37 + y * 91 + c * 53 + x * y * 11 + seed) % 256
and, for LA and RGBA, the alpha band is instead
    ALPHAS[(x + 2 * y + seed) % len(ALPHAS)]
(so 0 and 255, which Pillow's un-premultiplication treats specially, occur). The test replays
the same formulas. Results are stored as hex strings of the row-major H x W x C bytes.
"""
import json
import os

import PIL
from PIL import Image

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "Tests", "LibraryTests", "Fixtures", "pil-resize.json")

ALPHAS = [255, 0, 128, 37, 200, 1, 254, 90]
IMAGES = [  # name, mode, width, height, seed
    ("gray", "L", 7, 5, 0),
    ("rgb", "RGB", 9, 6, 3),
    ("rgba", "RGBA", 6, 5, 5),
    ("la", "LA", 5, 4, 7),
    ("big", "RGB", 40, 30, 11),
    ("tall", "RGB", 20, 60, 13),
]
FILTERS = ["NEAREST", "BOX", "BILINEAR", "HAMMING", "BICUBIC", "LANCZOS", "MKS2013", "MKS2021"]


def source(mode, width, height, seed):
    bands = len(mode)
    data = bytearray()
    for y in range(height):
        for x in range(width):
            for c in range(bands):
                if mode in ("LA", "RGBA") and c == bands - 1:
                    data.append(ALPHAS[(x + 2 * y + seed) % len(ALPHAS)])
                else:
                    data.append((x * 37 + y * 91 + c * 53 + x * y * 11 + seed) % 256)
    return Image.frombytes(mode, (width, height), bytes(data))


def targets(w, h):
    "Sizes (and boxes) that exercise up/down scaling, odd ratios and degenerate targets."
    cases = [
        ((w * 2, h * 3), None), ((w + 3, h + 1), None), ((w // 2 + 1, h // 2), None),
        ((3, 2), None), ((1, 1), None), ((1, h), None), ((w, 1), None), ((w, h + 2), None),
        ((w + 1, h), None), ((w * 5 + 1, h * 4 - 1), None),
        ((4, 3), (1, 0.5, w - 1.25, h - 0.75)),
        ((w, h), (0.5, 0.5, w - 0.5, h - 0.5)),
        ((w - 2, h - 1), (1, 1, w - 1, h)),        # integer box of the target's size: a crop
        ((w * 2, h), (2, 0, w, h)),
        ((2, 2), (0, 0, 1, 1)),
        ((w, h), (0, 0, w, h)),                     # same size, same box: a copy
    ]
    if w >= 20:
        # The large image only shrinks (kernels several source pixels wide), to keep the file small.
        # Pillow 13 runs the vertical pass first when the height loses more than twice as many
        # pixels as the width: targets on both sides of that line, for the wide and tall images.
        return [((w // 5, h // 5), None), ((w // 3 + 1, h // 7), None), ((w - 7, h // 2), None),
                ((5, 4), (3.5, 2.25, w - 4.5, h - 1)),
                ((w - 3, h - 6), None), ((w - 3, h - 7), None), ((w - 1, h - 3), None), ((w - 6, h - 2), None)]
    return cases


def main():
    cases = []
    for name, mode, w, h, seed in IMAGES:
        im = source(mode, w, h, seed)
        for size, box in targets(w, h):
            for filt in FILTERS:
                out = im.resize(size, getattr(Image.Resampling, filt), box=box)
                cases.append({"image": name, "size": list(size), "box": list(box) if box else None,
                              "resample": filt, "out_size": list(out.size), "mode": out.mode,
                              "pixels": out.tobytes().hex()})
        # The default filter (BICUBIC), and reducing_gap when it reduces by a factor of 1.
        for size, kwargs in [((3, 2), {}), ((w * 2, h), {"reducing_gap": 2.0}),
                             ((w - 1, h - 1), {"reducing_gap": 1.0})]:
            out = im.resize(size, **kwargs)
            cases.append({"image": name, "size": list(size), "box": None, "resample": None,
                          "kwargs": kwargs, "out_size": list(out.size), "mode": out.mode,
                          "pixels": out.tobytes().hex()})
    errors = []
    im = source("RGB", 9, 6, 3)
    for expr in ["im.resize((3, 3), 9)", "im.resize((3, 3), -1)", "im.resize((3, 3), 'bicubic')",
                 "im.resize((3, 3), 2.0)", "im.resize((3, 3), reducing_gap=0.5)",
                 "im.resize((0, 3))", "im.resize((3, -2))", "im.resize((3, 3), box=(-1, 0, 4, 4))",
                 "im.resize((3, 3), box=(0, 0, 10, 4))", "im.resize((3, 3), box=(4, 0, 2, 4))",
                 "im.resize((3, 3), box=(0, 0, 4))", "im.resize((2**31, 1))"]:
        try:
            eval(expr)
            raise SystemExit(f"expected {expr} to raise")
        except (ValueError, TypeError, OverflowError) as e:
            errors.append({"expr": expr, "error": type(e).__name__, "message": str(e)})
    constants = {name: int(getattr(Image, name)) for name in FILTERS}
    constants.update({f"Resampling.{name}": int(getattr(Image.Resampling, name)) for name in FILTERS})
    constants["repr(Resampling.BICUBIC)"] = repr(Image.Resampling.BICUBIC)
    with open(OUT, "w") as f:
        json.dump({"generator": "Scripts/gen-pil-resize-fixtures.py", "pillow": PIL.__version__,
                   "alphas": ALPHAS, "images": [list(i) for i in IMAGES], "cases": cases,
                   "errors": errors, "constants": constants}, f, indent=0)
        f.write("\n")
    print(f"wrote {len(cases)} cases, {len(errors)} errors to {OUT}")


if __name__ == "__main__":
    main()
