# %% [markdown]
# Kernel workload: restoring the 100 MB workspace written by kernel_state_save.py with
# `%workspace load`, in a new session. A `# %%` notebook for `tessera run`; see kernel_state_save.py.

# %%
import time
t_load0 = time.perf_counter()   # a name the saved workspace does not hold
%workspace load bench-state.tessera
elapsed = time.perf_counter() - t_load0
if "xs" in globals() and len(xs) == 25:
    print("kernel.state_restore_100MB %.9f" % elapsed)
else:
    print("kernel.state_restore_100MB error the restored workspace has no 25-tensor list xs")
