# fastai's hyper-parameter schedules: the annealers, combined_cos, the one-cycle lr and momentum
# of every batch (fit_one_cycle), fit_flat_cos, the learning-rate finder's recorded lrs and its
# suggestion, and a Learner with several parameter groups.
from fastai.vision.all import *

def untimed(learn):
    # The epoch table's time column depends on the machine's speed: leave it out.
    learn.recorder.add_time = False
    return learn

print([round(SchedCos(1.0, 2.0)(p), 10) for p in (0., 0.25, 0.5, 1.)], [round(SchedExp(1e-7, 10)(p), 14) for p in (0., 0.5, 1.)])
print([SchedLin(0, 4)(p) for p in (0., 0.25, 1.)], SchedNo(3, 9)(0.7), round(SchedPoly(1., 0., 2.)(0.5), 10))
f = combined_cos(0.25, 1., 4., 0.5)
print([f(p) for p in (0., 0.1, 0.25, 0.3, 0.6, 0.99, 1.)])
g = combine_scheds([0.3, 0.7], [SchedLin(0., 1.), SchedCos(1., 0.)])
print([g(i / 10) for i in range(11)])

torch.manual_seed(0)
x = torch.randn(80, 5)
y = (x[:, 0] - x[:, 2] > 0).long()
dls = DataLoaders(DataLoader(list(zip(x[:64], y[:64])), bs=8), DataLoader(list(zip(x[64:], y[64:])), bs=8))

def model():
    torch.manual_seed(2)
    return nn.Sequential(nn.Linear(5, 10), nn.ReLU(), nn.Linear(10, 2))

learn = untimed(Learner(dls, model(), loss_func=F.cross_entropy, metrics=accuracy))
learn.fit_one_cycle(2, 0.02)
hps = learn.recorder.hps
print(sorted(hps.keys()), len(hps['lr']), len(learn.recorder.lrs))
print([float(v) for v in hps['lr']])
print([float(v) for v in hps['mom']])
print([float(v) for v in learn.recorder.lrs] == [float(v) for v in hps['lr']])
print([[round(v, 4) for v in row] for row in learn.recorder.values])
print(learn.opt.hypers[0]['wd'], learn.opt.hypers[0]['sqr_mom'], learn.opt.hypers[0]['eps'])

learn = untimed(Learner(dls, model(), loss_func=F.cross_entropy, metrics=accuracy, moms=(0.9, 0.8, 0.9)))
learn.fit_one_cycle(1, 0.01, div=10, pct_start=0.5, wd=0.1)
print([float(v) for v in learn.recorder.hps['lr']])
print([float(v) for v in learn.recorder.hps['mom']], learn.opt.hypers[0]['wd'])

learn = untimed(Learner(dls, model(), loss_func=F.cross_entropy, metrics=accuracy))
learn.fit_flat_cos(1, 0.01)
print([float(v) for v in learn.recorder.hps['lr']])

learn = untimed(Learner(dls, model(), loss_func=F.cross_entropy))
w0 = learn.model[0].weight.clone()
with learn.no_bar():
    res = learn.lr_find(num_it=20, show_plot=False)
print(type(res).__name__, res._fields, round(res.valley, 7))
print(len(learn.recorder.lrs), [float(v) for v in learn.recorder.lrs])
print([round(v.item(), 4) for v in learn.recorder.losses])
print(torch.equal(w0, learn.model[0].weight), learn.opt.hypers[0]['lr'])
with learn.no_bar():
    res = learn.lr_find(start_lr=1e-5, end_lr=1, num_it=12, show_plot=False, suggest_funcs=(minimum, steep, valley))
print([type(cb).__name__ for cb in learn.cbs])
print(res._fields, len(learn.recorder.lrs), round(res.minimum, 7), round(res.steep, 7), round(res.valley, 7))

def splitter(m):
    return [list(m[0].parameters()), list(m[2].parameters())]

learn = untimed(Learner(dls, model(), loss_func=F.cross_entropy, splitter=splitter, lr=slice(1e-3, 1e-2)))
learn.fit_one_cycle(1, slice(1e-3, 1e-2))
print(len(learn.opt.param_lists), [round(float(v), 8) for v in learn.recorder.hps['lr'][:4]])
print([round(float(h['lr']), 10) for h in learn.opt.hypers])
learn.freeze()
print([p.requires_grad for p in learn.model.parameters()], learn.opt.frozen_idx)
learn.unfreeze()
print([p.requires_grad for p in learn.model.parameters()], learn.opt.frozen_idx)
