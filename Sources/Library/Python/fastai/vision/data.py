"""fastai.vision.data: ImageBlock and ImageDataLoaders.from_folder."""

from functools import partial
from fastai.data.block import TransformBlock, CategoryBlock, DataBlock
from fastai.data.transforms import IntToFloatTensor, GrandparentSplitter, RandomSplitter, get_image_files, parent_label
from fastai.data.core import DataLoaders
from fastai.vision.core import PILImage


def ImageBlock(cls=PILImage):
    "A TransformBlock for images of type `cls`."
    return TransformBlock(type_tfms=cls.create, batch_tfms=IntToFloatTensor)


class ImageDataLoaders(DataLoaders):
    "DataLoaders of images, made by the common layouts."
    @classmethod
    def from_folder(cls, path, train='train', valid='valid', valid_pct=None, seed=None, vocab=None, item_tfms=None,
                    batch_tfms=None, img_cls=PILImage, **kwargs):
        "From an imagenet-style folder: `train` and `valid` subfolders of one folder per class (or `valid_pct`)."
        if valid_pct is None:
            splitter = GrandparentSplitter(train_name=train, valid_name=valid)
            get_items = partial(get_image_files, folders=[train, valid])
        else:
            splitter = RandomSplitter(valid_pct, seed=seed)
            get_items = get_image_files
        dblock = DataBlock(blocks=(ImageBlock(img_cls), CategoryBlock(vocab=vocab)), get_items=get_items,
                           splitter=splitter, get_y=parent_label, item_tfms=item_tfms, batch_tfms=batch_tfms)
        return cls.from_dblock(dblock, path, path=path, **kwargs)

    @classmethod
    def from_dblock(cls, dblock, source, path='.', bs=64, val_bs=None, shuffle=True, device=None, **kwargs):
        return dblock.dataloaders(source, path=path, bs=bs, val_bs=val_bs, shuffle=shuffle, device=device, **kwargs)
