"""Run by ImageResizeTests with FIXTURE_PATH set: replays Scripts/gen-pil-resize-fixtures.py's images
and resizes in Tessera and prints every difference from Pillow's bytes, errors and constants."""

import json
import torch
from PIL import Image

FIXTURE = json.load(open(FIXTURE_PATH))
ALPHAS = FIXTURE["alphas"]


def source(mode, width, height, seed):
    bands = len(mode)
    data = []
    for y in range(height):
        for x in range(width):
            for c in range(bands):
                if mode in ("LA", "RGBA") and c == bands - 1:
                    data.append(ALPHAS[(x + 2 * y + seed) % len(ALPHAS)])
                else:
                    data.append((x * 37 + y * 91 + c * 53 + x * y * 11 + seed) % 256)
    t = torch.tensor(data, dtype=torch.uint8)
    t = t.reshape(height, width) if bands == 1 else t.reshape(height, width, bands)
    return Image.fromarray(t)


images = {name: source(mode, w, h, seed) for name, mode, w, h, seed in FIXTURE["images"]}
failures = 0
for case in FIXTURE["cases"]:
    im = images[case["image"]]
    kwargs = dict(case.get("kwargs", {}))
    if case["box"] is not None:
        kwargs["box"] = tuple(case["box"])
    resample = case["resample"]
    if resample is None:
        out = im.resize(tuple(case["size"]), **kwargs)
    else:
        out = im.resize(tuple(case["size"]), getattr(Image.Resampling, resample), **kwargs)
    got = torch.tensor(out.__array__()).flatten().tolist()
    hexdigits = case["pixels"]
    want = [int(hexdigits[i:i + 2], 16) for i in range(0, len(hexdigits), 2)]
    if list(out.size) != case["out_size"] or out.mode != case["mode"] or got != want:
        failures += 1
        if failures <= 10:
            diff = [i for i in range(min(len(got), len(want))) if got[i] != want[i]]
            print("MISMATCH", case["image"], case["size"], case["box"], resample, case.get("kwargs"),
                  "size", out.size, "bytes differing:", len(diff), "first", diff[:5],
                  [(got[i], want[i]) for i in diff[:5]])
print("cases", len(FIXTURE["cases"]), "failures", failures)

im = images["rgb"]
for error in FIXTURE["errors"]:
    try:
        eval(error["expr"])
        print("NO ERROR", error["expr"])
    except Exception as e:
        if type(e).__name__ != error["error"] or str(e) != error["message"]:
            print("WRONG ERROR", error["expr"], type(e).__name__, str(e))
print("errors", len(FIXTURE["errors"]))

for name, value in FIXTURE["constants"].items():
    if name.startswith("repr("):
        got = repr(Image.Resampling.BICUBIC)
    elif name.startswith("Resampling."):
        got = int(getattr(Image.Resampling, name.split(".")[1]))
    else:
        got = getattr(Image, name)
    if got != value:
        print("CONSTANT", name, got, value)
print("constants", len(FIXTURE["constants"]))
