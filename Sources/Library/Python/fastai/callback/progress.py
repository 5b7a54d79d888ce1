"""fastai.callback.progress: the progress bars and the epoch table during training."""

from fastcore.basics import noop
from fastai.callback.core import Callback
from fastprogress.fastprogress import master_bar, progress_bar

class ProgressCallback(Callback):
    "A `Callback` to handle the display of progress bars"
    order, _stateattrs = 60, ('mbar', 'pbar')

    def before_fit(self):
        assert hasattr(self.learn, 'recorder')
        if self.create_mbar:
            self.mbar = master_bar(list(range(self.n_epoch)))
        if self.learn.logger != noop:
            self.old_logger, self.learn.logger = self.logger, self._write_stats
            self._write_stats(self.recorder.metric_names)
        else:
            self.old_logger = noop

    def before_epoch(self):
        if getattr(self, 'mbar', False):
            self.mbar.update(self.epoch)

    def before_train(self):
        self._launch_pbar()

    def before_validate(self):
        self._launch_pbar()

    def after_train(self):
        self.pbar.on_iter_end()

    def after_validate(self):
        self.pbar.on_iter_end()

    def after_batch(self):
        self.pbar.update(self.iter + 1)
        if hasattr(self, 'smooth_loss'):
            self.pbar.comment = f'{self.smooth_loss.item():.4f}'

    def _launch_pbar(self):
        self.pbar = progress_bar(self.dl, parent=getattr(self, 'mbar', None), leave=False)
        self.pbar.update(0)

    def after_fit(self):
        if getattr(self, 'mbar', False):
            self.mbar.on_iter_end()
            delattr(self, 'mbar')
        if hasattr(self, 'old_logger'):
            self.learn.logger = self.old_logger

    def _write_stats(self, log):
        if getattr(self, 'mbar', False):
            self.mbar.write([f'{l:.6f}' if isinstance(l, float) else str(l) for l in log], table=True)

from fastcore.basics import defaults
if ProgressCallback not in defaults.callbacks:
    defaults.callbacks.append(ProgressCallback)
