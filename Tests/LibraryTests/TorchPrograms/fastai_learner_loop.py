# fastai's training loop on a small seeded problem: the order of the callback events, what each
# Cancel*Exception skips, the epoch table, the Recorder's values, validate, get_preds and the
# callback plumbing (names, GetAttr delegation, add_cb/remove_cb, show_training_loop).
from fastai.vision.all import *

def untimed(learn):
    # The epoch table's time column depends on the machine's speed: leave it out.
    learn.recorder.add_time = False
    return learn

torch.manual_seed(0)
x = torch.randn(48, 6)
y = (x[:, 0] + 0.5 * x[:, 1] > 0).long()
dls = DataLoaders(DataLoader(list(zip(x[:32], y[:32])), bs=16), DataLoader(list(zip(x[32:], y[32:])), bs=16))

EVENTS = ['before_fit', 'before_epoch', 'before_train', 'before_batch', 'after_pred', 'after_loss',
          'before_backward', 'after_cancel_backward', 'after_backward', 'before_step', 'after_cancel_step',
          'after_step', 'after_cancel_batch', 'after_batch', 'after_cancel_train', 'after_train',
          'before_validate', 'after_cancel_validate', 'after_validate', 'after_cancel_epoch', 'after_epoch',
          'after_cancel_fit', 'after_fit']

class TraceCallback(Callback):
    "Records every event with the training flag, the epoch and the iteration"
    order = 55
    def __init__(self, raise_at=None, exc=None):
        self.raise_at, self.exc, self.events = raise_at, exc, []

def _make(e):
    def _f(self):
        self.events.append(e if not e.endswith('batch') else e + str(self.iter))
        if self.raise_at is not None and (e, getattr(self.learn, 'epoch', 0)) == self.raise_at:
            raise self.exc()
    return _f

for e in EVENTS:
    setattr(TraceCallback, e, _make(e))

def model():
    torch.manual_seed(1)
    return nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 2))

learn = untimed(Learner(dls, model(), loss_func=F.cross_entropy, metrics=[accuracy, error_rate], cbs=TraceCallback()))
print([type(cb).__name__ for cb in learn.cbs], learn.trace.name, learn.recorder.name, learn.train_eval.name)
print(learn.trace.model is learn.model, learn.trace.loss_func is F.cross_entropy, learn.lr, learn.opt)
learn.fit(2, lr=0.05)
print(learn.trace.events[:16])
print(learn.trace.events[16:])
print(len(learn.recorder.losses), learn.recorder.iters, list(learn.recorder.metric_names))
print([[round(v, 4) for v in row] for row in learn.recorder.values])
print([round(v.item(), 4) for v in learn.recorder.losses], learn.recorder.lrs)
print(learn.opt.hypers[0], learn.train_iter, learn.epoch, learn.n_epoch, learn.training)
print(sorted(learn.opt.state[learn.model[0].weight].keys()), learn.opt.state[learn.model[0].bias]['do_wd'])

print([round(v, 4) for v in learn.validate()])
preds, targs = learn.get_preds()
print(preds.shape, targs.shape, round(preds.sum().item(), 3), targs.tolist())
inp, preds, targs, losses = learn.get_preds(with_input=True, with_loss=True)
print(inp.shape, round(losses.mean().item(), 4), losses.shape)

for where, exc in [(('after_loss', 0), CancelBatchException), (('before_step', 0), CancelStepException),
                   (('before_backward', 0), CancelBackwardException), (('after_step', 0), CancelTrainException),
                   (('before_validate', 0), CancelValidException), (('before_epoch', 1), CancelEpochException),
                   (('after_train', 1), CancelFitException)]:
    cb = TraceCallback(where, exc)
    learn = untimed(Learner(dls, model(), loss_func=F.cross_entropy, metrics=accuracy, cbs=cb))
    with learn.no_logging():
        learn.fit(2, 0.05)
    print(exc.__name__, [e for e in cb.events if 'cancel' in e], len(cb.events), len(learn.recorder.losses),
          [[round(v, 4) for v in row] for row in learn.recorder.values])

learn = untimed(Learner(dls, model(), loss_func=F.cross_entropy, opt_func=SGD, lr=0.1, metrics=accuracy))
learn.fit(3)
learn.add_cb(TraceCallback())
print([type(cb).__name__ for cb in learn.cbs], hasattr(learn, 'trace'))
learn.remove_cb(TraceCallback)
print([type(cb).__name__ for cb in learn.cbs], hasattr(learn, 'trace'))
with learn.added_cbs(TraceCallback()):
    print([type(cb).__name__ for cb in learn.cbs])
print([type(cb).__name__ for cb in learn.cbs])
learn.show_training_loop()
