"""fastai.vision.all: the names the book's notebooks use, gathered from the native modules
and a few Python helpers."""

# fastai.imports brings these standard modules and names into every `from fastai... import *`,
# and the book relies on it (chapter 4's `L(enumerate(string.ascii_lowercase))`).
import collections
import functools
import glob
import itertools
import json
import math
import operator
import os
import random
import re
import shutil
import string
import sys
import time
from collections import Counter, OrderedDict, defaultdict, namedtuple
from functools import partial, reduce
from itertools import dropwhile, starmap, takewhile, zip_longest
from operator import attrgetter, itemgetter, methodcaller
import torch
import torch.nn.functional as F
from torch import nn, Tensor
from pathlib import Path
from fastcore.foundation import L, coll_repr
from PIL import Image
import numpy as np
import pandas as pd
from numpy import array
import matplotlib
import matplotlib.pyplot as plt
from _tessera_data import untar_data, URLs
from fastai.torch_core import show_image, show_images, show_titled_image, subplots
from fastcore.basics import GetAttr, store_attr, defaults, ifnone, listify, tuplify, detuplify, range_of, PrettyString, Self
from fastai.optimizer import *
from fastai.callback.core import *
from fastai.learner import *
from fastai.metrics import *
from fastai.layers import *
from fastai.callback.progress import ProgressCallback
from fastai.callback.schedule import *
from fastai.callback.hook import *
from fastai.callback.fp16 import MixedPrecision, AMPMode
from fastai.losses import BaseLoss, CrossEntropyLossFlat, MSELossFlat, L1LossFlat
# fastai.vision.models.tvm re-exports torchvision's architectures (`resnet18` in `cnn_learner(dls, resnet18)`).
from torchvision.models.resnet import *
from fastai.vision.learner import vision_learner, cnn_learner, create_body, create_head, create_vision_model, default_split, has_pool_type
from fastprogress.fastprogress import progress_bar, master_bar, format_time
from fastai.data.load import DataLoader, fa_collate
from fastai.data.core import DataLoaders, Datasets, TfmdLists, TfmdDL
from fastai.data.transform import Transform, DisplayedTransform, ItemTransform, Pipeline
from fastai.data.transforms import (get_files, get_image_files, image_extensions, FileGetter, ImageGetter, parent_label,
    GrandparentSplitter, RandomSplitter, IndexSplitter, FuncSplitter, MaskSplitter, mask2idxs, CategoryMap, Category,
    Categorize, ToTensor, IntToFloatTensor, Normalize, broadcast_vec)
from fastai.data.block import TransformBlock, CategoryBlock, DataBlock
from fastai.data.tensor_types import TensorBase, TensorCategory, TensorMultiCategory, retain_type, retain_types
from fastai.data.devices import default_device, to_device, to_cpu, to_detach, set_seed
from fastai.data.show import show_batch, get_grid
from fastai.vision.core import (PILBase, PILImage, PILImageBW, PILMask, TensorImageBase, TensorImage, TensorImageBW,
    TensorMask, image2tensor, load_image, imagenet_stats, cifar_stats, mnist_stats)
from fastai.vision.augment import Resize, ResizeMethod, PadMode, RandTransform, Flip, AffineCoordTfm, LightingTfm, aug_transforms
from fastai.vision.data import ImageBlock, ImageDataLoaders
from fastcore.parallel import ProcessPoolExecutor, ThreadPoolExecutor, parallel

def tensor(x, *rest, **kwargs):
    if rest:
        x = (x,) + rest
    if isinstance(x, (list, tuple)) and x and all(isinstance(o, torch.Tensor) for o in x):
        return torch.stack(list(x))
    return torch.tensor(x, **kwargs)

def first(x, f=None, negate=False, **kwargs):
    for o in x:
        if f is None or bool(f(o, **kwargs)) != negate:
            return o
    return None

def to_np(x):
    # fastai's to_np: a tensor (detached, on the CPU) as a numpy array.
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy()
    return np.array(x)

def noop(x=None, *args, **kwargs):
    return x
