"""fastai.vision: see fastai.vision.all."""
