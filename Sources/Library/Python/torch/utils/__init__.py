"""torch.utils: the data-loading utilities (torch.utils.data)."""
