# Chapter 4: gradient descent on a plain list of parameters, printing the loss each step.
def f(t, params):
    a, b, c = params
    return a*(t**2) + (b*t) + c
def mse(preds, targets): return sum((p - t) ** 2 for p, t in zip(preds, targets)) / len(preds)
time = [float(t) for t in range(20)]
speed = [0.75*(t-9.5)**2 + 1 for t in time]
params = [1.0, 1.0, 1.0]
lr = 1e-5
def apply_step(params, prn=True):
    preds = [f(t, params) for t in time]
    loss = mse(preds, speed)
    grads = [0.0, 0.0, 0.0]
    for t, p, s in zip(time, preds, speed):
        d = 2 * (p - s) / len(time)
        grads[0] += d * t * t
        grads[1] += d * t
        grads[2] += d
    for i in range(3): params[i] -= lr * grads[i]
    if prn: print(f'{loss:.4f}')
    return preds
for i in range(10): apply_step(params)
print([round(p, 6) for p in params])
