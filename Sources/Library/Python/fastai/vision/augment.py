"""fastai.vision.augment: Resize (an item transform on images) and aug_transforms (training-only
batch augmentation: horizontal flip, rotation and zoom sampled bilinearly with reflection at the
borders, brightness and contrast), drawing from torch's and Python's random streams."""

import math
import random
import torch
from PIL import Image
from fastai.data.transform import Transform, DisplayedTransform
from fastai.vision.core import PILBase, TensorImage, TensorMask


class ResizeMethod:
    Squish, Crop, Pad = 'squish', 'crop', 'pad'


class PadMode:
    Zeros, Border, Reflection = 'zeros', 'border', 'reflection'


def _size2(size):
    return (size, size) if isinstance(size, int) else tuple(size)


class RandTransform(DisplayedTransform):
    "A transform applied with probability `p`, to the training set only (`split_idx=0`)."
    split_idx = 0

    def __init__(self, p=1.0, **kwargs):
        super().__init__(**kwargs)
        self.p = p
        self.do = True

    def before_call(self, b, split_idx):
        self.do = self.p == 1.0 or random.random() < self.p

    def __call__(self, b, split_idx=None, **kwargs):
        self.before_call(b, split_idx=split_idx)
        if not self.do:
            return b
        return super().__call__(b, split_idx=split_idx, **kwargs)


class Resize(RandTransform):
    "Resize images to `size` (height, width): crop (random in training, centred otherwise), squish or pad."
    split_idx, order = None, 1

    def __init__(self, size, method=ResizeMethod.Crop, pad_mode=PadMode.Reflection, resamples=None, **kwargs):
        super().__init__(**kwargs)
        self.size, self.method, self.pad_mode = _size2(size), method, pad_mode

    def before_call(self, b, split_idx):
        self.do = True
        self.pcts = (0.5, 0.5) if split_idx else (random.random(), random.random())

    def encodes(self, x):
        if not isinstance(x, PILBase):
            return x
        w, h = x.size
        th, tw = self.size
        if self.method == ResizeMethod.Squish:
            return x.resize((tw, th))
        pixels = torch.tensor(x.__array__())
        if self.method == ResizeMethod.Crop:
            ratio = min(w / tw, h / th)
            cw, ch = min(w, int(round(tw * ratio))), min(h, int(round(th * ratio)))
            left = int(round((w - cw) * self.pcts[0]))
            top = int(round((h - ch) * self.pcts[1]))
            cropped = pixels[top:top + ch, left:left + cw]
            return type(x)(Image.fromarray(cropped.contiguous().numpy()).resize((tw, th)))
        # Pad: fit the longer side, then pad with zeros around the centre.
        ratio = max(w / tw, h / th)
        nw, nh = max(1, int(round(w / ratio))), max(1, int(round(h / ratio)))
        small = torch.tensor(Image.fromarray(pixels.numpy()).resize((nw, nh)).__array__())
        shape = (th, tw) + tuple(small.shape[2:])
        canvas = torch.zeros(shape, dtype=torch.uint8)
        top, left = (th - nh) // 2, (tw - nw) // 2
        canvas[top:top + nh, left:left + nw] = small
        return type(x)(Image.fromarray(canvas.numpy()))


def _reflect(coords, size):
    # Reflect pixel coordinates into [0, size-1], as grid_sample's reflection padding with
    # align_corners=True does.
    if size == 1:
        return coords * 0
    span = 2 * (size - 1)
    c = (coords.abs()) % span
    return torch.where(c > size - 1, span - c, c)


def _sample_bilinear(x, src_x, src_y, pad_mode):
    "Sample images x (bs, C, H, W) at pixel coordinates src_x, src_y (bs, H*W)."
    bs, ch, h, w = x.shape
    if pad_mode == PadMode.Reflection:
        src_x, src_y = _reflect(src_x, w), _reflect(src_y, h)
    else:
        src_x, src_y = src_x.clamp(0, w - 1), src_y.clamp(0, h - 1)
    x0 = src_x.floor().clamp(0, w - 1)
    y0 = src_y.floor().clamp(0, h - 1)
    x1 = (x0 + 1).clamp(0, w - 1)
    y1 = (y0 + 1).clamp(0, h - 1)
    wx = (src_x - x0).unsqueeze(-1)
    wy = (src_y - y0).unsqueeze(-1)
    flat = x.permute(0, 2, 3, 1).reshape(bs * h * w, ch)
    base = (torch.arange(bs) * (h * w)).unsqueeze(1)

    def take(yy, xx):
        idx = (base + yy.long() * w + xx.long()).reshape(-1)
        return flat.index_select(0, idx).reshape(bs, h * w, ch)

    top = take(y0, x0) * (1 - wx) + take(y0, x1) * wx
    bottom = take(y1, x0) * (1 - wx) + take(y1, x1) * wx
    res = top * (1 - wy) + bottom * wy
    return res.reshape(bs, h, w, ch).permute(0, 3, 1, 2).contiguous()


class AffineCoordTfm(RandTransform):
    "Flip, rotate and zoom each image of a batch with its own random matrix (training only)."
    order = 30

    def __init__(self, do_flip=True, max_rotate=10., min_zoom=1., max_zoom=1.1, p_affine=0.75,
                 pad_mode=PadMode.Reflection, p_flip=0.5):
        super().__init__(p=1.0)
        self.do_flip, self.max_rotate, self.min_zoom, self.max_zoom = do_flip, max_rotate, min_zoom, max_zoom
        self.p_affine, self.pad_mode, self.p_flip = p_affine, pad_mode, p_flip

    def encodes(self, x):
        if not isinstance(x, TensorImage) or x.dim() != 4:
            return x
        bs, _, h, w = x.shape
        flip = torch.ones(bs)
        if self.do_flip:
            flip = torch.where(torch.rand(bs) < self.p_flip, -torch.ones(bs), torch.ones(bs))
        apply = (torch.rand(bs) < self.p_affine).float()
        angle = (torch.rand(bs) * 2 - 1) * self.max_rotate * math.pi / 180 * apply
        zoom = 1 + (self.min_zoom + torch.rand(bs) * (self.max_zoom - self.min_zoom) - 1) * apply
        cos, sin = angle.cos() / zoom, angle.sin() / zoom
        # Target grid in [-1, 1] (align_corners=True), mapped back to the source by the matrix.
        gy = torch.linspace(-1, 1, h).unsqueeze(1).expand(h, w).reshape(1, -1)
        gx = torch.linspace(-1, 1, w).unsqueeze(0).expand(h, w).reshape(1, -1)
        fx = gx * flip.unsqueeze(1)
        sx = cos.unsqueeze(1) * fx - sin.unsqueeze(1) * gy
        sy = sin.unsqueeze(1) * fx + cos.unsqueeze(1) * gy
        src_x = (sx + 1) * (w - 1) / 2
        src_y = (sy + 1) * (h - 1) / 2
        return _sample_bilinear(x.float(), src_x, src_y, self.pad_mode)


class LightingTfm(RandTransform):
    "Random brightness and contrast of each image, in logit space (training only)."
    order = 40

    def __init__(self, max_lighting=0.2, p=0.75):
        super().__init__(p=1.0)
        self.max_lighting, self.p_lighting = max_lighting, p

    def encodes(self, x):
        if not isinstance(x, TensorImage) or x.dim() != 4:
            return x
        bs = x.shape[0]
        m = self.max_lighting
        apply_b = (torch.rand(bs) < self.p_lighting).float()
        apply_c = (torch.rand(bs) < self.p_lighting).float()
        brightness = 0.5 + (torch.rand(bs) - 0.5) * m
        brightness = brightness * apply_b + 0.5 * (1 - apply_b)
        log_c = (torch.rand(bs) * 2 - 1) * (-math.log(1 - m))
        contrast = (log_c * apply_c).exp()
        eps = 1e-5
        xc = x.float().clamp(eps, 1 - eps)
        logit = (xc / (1 - xc)).log()
        b = brightness.clamp(eps, 1 - eps)
        change = (b / (1 - b)).log()
        logit = (logit + change.view(bs, 1, 1, 1)) * contrast.view(bs, 1, 1, 1)
        return logit.sigmoid()


class Flip(AffineCoordTfm):
    "Randomly flip a batch of images horizontally (with probability `p`)."
    def __init__(self, p=0.5, pad_mode=PadMode.Reflection):
        super().__init__(do_flip=True, max_rotate=0., min_zoom=1., max_zoom=1., p_affine=0., pad_mode=pad_mode, p_flip=p)


def aug_transforms(mult=1.0, do_flip=True, flip_vert=False, max_rotate=10., min_zoom=1., max_zoom=1.1,
                   max_lighting=0.2, max_warp=0.2, p_affine=0.75, p_lighting=0.75, xtra_tfms=None, size=None,
                   mode='bilinear', pad_mode=PadMode.Reflection, align_corners=True, batch=False, min_scale=1.):
    "The default batch augmentations: flip, rotation and zoom (one affine map), brightness and contrast."
    res = [AffineCoordTfm(do_flip=do_flip, max_rotate=max_rotate * mult, min_zoom=min_zoom, max_zoom=max_zoom,
                          p_affine=p_affine, pad_mode=pad_mode)]
    if max_lighting:
        res.append(LightingTfm(max_lighting=max_lighting * mult, p=p_lighting))
    if xtra_tfms:
        res = res + list(xtra_tfms)
    return res
