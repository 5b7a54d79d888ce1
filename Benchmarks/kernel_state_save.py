# %% [markdown]
# Kernel workload: saving a workspace that holds 100 MB of tensors with `%workspace save`.
# A `# %%` notebook for `tessera run` (it uses a magic, so it is not plain Python): Scripts/bench
# copies it to a temporary folder, runs it there and reads the `name seconds` line it prints.
# kernel_state_load.py then restores the workspace; kernel_state_reference.py is the CPython
# reference (torch.save / pickle of the same tensors, flushed to disk like an atomic save).

# %%
import time
import torch
xs = [torch.randn(1024, 1024) for _ in range(25)]   # 25 x 4 MiB float32 = 100 MiB
t_save0 = time.perf_counter()
%workspace save bench-state.tessera
elapsed = time.perf_counter() - t_save0
import os
size = os.path.getsize("bench-state.tessera")
if size < 100 * 1024 * 1024:
    # %workspace save lists what it could not store and goes on: a small file means the tensors were skipped.
    print("kernel.state_save_100MB error the workspace file holds %d bytes: the tensors were not saved" % size)
else:
    print("kernel.state_save_100MB %.9f" % elapsed)
