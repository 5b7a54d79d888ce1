x = divmod(1, 0)
