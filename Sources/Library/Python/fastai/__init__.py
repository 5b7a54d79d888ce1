"""fastai: the parts of fastai the book uses."""
