"""fastai.data: items, transforms, datasets and loaders."""
