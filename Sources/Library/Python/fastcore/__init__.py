"""fastcore: the subset of fastcore the book uses (`L`)."""
