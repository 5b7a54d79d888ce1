# Chapter 4: a,b,c = params and a quadratic model evaluated in a loop.
def f(t, params):
    a,b,c = params
    return a*(t**2) + (b*t) + c
def mse(preds, targets):
    return sum((p - t) ** 2 for p, t in zip(preds, targets)) / len(preds)
params = (0.75, -14.25, 68.6875)
time = [float(t) for t in range(0, 20)]
speed = [f(t, params) + (1 if t % 2 else -1) for t in time]
preds = [f(t, params) for t in time]
print(preds[:5])
print(mse(preds, speed))
print(f(9.5, params), f(0, (1, 2, 3)), f(2, [1, 1, 1]))
