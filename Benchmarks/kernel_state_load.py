# %% [markdown]
# Kernel workload (issue 6): restoring the 100 MB workspace written by kernel_state_save.py with
# `%load`, in a new session. A `# %%` notebook for `tessera run`; see kernel_state_save.py.

# %%
import time
t0 = time.perf_counter()
%load bench-state.tessera
print("kernel.state_restore_100MB %.9f" % (time.perf_counter() - t0))
print("# check kernel.state_restore_100MB %d %.6g" % (len(xs), float(xs[-1].abs().mean())))
