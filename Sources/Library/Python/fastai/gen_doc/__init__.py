"""fastai.gen_doc: the documentation helpers the book's notebooks import."""
