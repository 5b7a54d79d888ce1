# Autograd refuses what would give a wrong gradient: saved values changed in place (version
# counters), a second backward through a freed graph, in-place changes to (views of) leaves;
# torch.autograd.grad returns gradients without touching .grad.
import torch


def attempt(label, body):
    try:
        result = body()
        print(label, "->", result)
    except (RuntimeError, NotImplementedError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def leaf(*values, dtype=torch.float32):
    return torch.tensor(list(values), dtype=dtype, requires_grad=True)


# Version counters: every in-place operation adds one, views share the counter.
t = torch.zeros(3)
print("fresh", t._version)
t.add_(1)
t.mul_(2)
t[0] = 5
t[1:].fill_(3)
v = t.view(3)
v.sub_(1)
print("after five in-place ops", t._version, v._version)
t += 1
print("after +=", t._version)


# The example of the report: a tensor saved by mul changed in place before backward.
def changed_factor():
    x = leaf(1.0, 2.0, 3.0)
    y = x * 2
    z = y * y
    y.mul_(3)
    z.sum().backward()
    return x.grad
attempt("saved input changed", changed_factor)


def changed_result():
    x = leaf(1.0, 2.0, 3.0)
    y = x.exp()
    y.mul_(2)
    y.sum().backward()
    return x.grad
attempt("saved result changed (exp)", changed_result)


def changed_sigmoid():
    x = leaf(0.5, -1.0)
    y = torch.sigmoid(x)
    y.add_(1)
    y.sum().backward()
    return x.grad
attempt("saved result changed (sigmoid)", changed_sigmoid)


def changed_plain_input():
    a = torch.tensor([1.0, 2.0, 3.0])
    x = leaf(1.0, 2.0, 3.0)
    y = x * a
    a.add_(1)
    y.sum().backward()
    return x.grad
attempt("saved leaf input changed", changed_plain_input)


def changed_twice_double():
    x = leaf(1.0, 2.0, 3.0, dtype=torch.float64)
    y = x * 2
    z = y * y
    y.add_(1)
    y.add_(1)
    z.sum().backward()
    return x.grad
attempt("changed twice, float64", changed_twice_double)


def changed_matrix():
    w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    x = torch.tensor([[0.5, -1.0], [2.0, 1.0]])
    y = x @ w
    x.mul_(2)
    y.sum().backward()
    return w.grad
attempt("matmul input changed", changed_matrix)


def changed_unsaved():
    # add saves nothing, so changing its input afterwards is fine (as in PyTorch).
    x = leaf(1.0, 2.0, 3.0)
    y = x * 2
    z = y + 1
    y.add_(1)
    z.sum().backward()
    return x.grad
attempt("unsaved input changed", changed_unsaved)


def changed_mul_result():
    # mul does not save its result either.
    x = leaf(1.0, 2.0, 3.0)
    y = x * x
    y.add_(1)
    y.sum().backward()
    return x.grad
attempt("mul result changed", changed_mul_result)


def division():
    a = leaf(1.0, 2.0)
    b = leaf(4.0, 8.0)
    y = a / b
    y.mul_(3)
    y.sum().backward()
    return a.grad, b.grad
attempt("division result changed", division)


def relu_in_place():
    w = torch.tensor([[1.0, -2.0], [0.5, 1.5]], requires_grad=True)
    x = torch.tensor([[1.0, 2.0], [-1.0, 3.0]])
    h = x @ w
    h.relu_()
    (h * h).sum().backward()
    return w.grad
attempt("relu_ after matmul", relu_in_place)


# A second backward through a freed graph.
def twice():
    x = leaf(1.0, 2.0, 3.0)
    y = (x * x).sum()
    y.backward()
    y.backward()
    return x.grad
attempt("backward twice", twice)


def twice_scalar_factor():
    x = leaf(1.0, 2.0, 3.0)
    y = (x * 2).sum()
    y.backward()
    y.backward()
    return x.grad
attempt("backward twice, scalar factor", twice_scalar_factor)


def twice_adds_only():
    x = leaf(1.0, 2.0, 3.0)
    y = (x + 1).sum()
    y.backward()
    y.backward()
    return x.grad
attempt("backward twice, nothing saved", twice_adds_only)


def twice_retained():
    x = leaf(1.0, 2.0, 3.0)
    y = (x * x).sum()
    y.backward(retain_graph=True)
    y.backward()
    return x.grad
attempt("backward twice, retain_graph", twice_retained)


def three_times_retained_once():
    x = leaf(1.0, 2.0, 3.0)
    y = (x * x).sum()
    y.backward(retain_graph=True)
    y.backward()
    y.backward()
    return x.grad
attempt("retained once, then twice", three_times_retained_once)


# torch.autograd.grad returns the gradients and leaves .grad alone.
def grad_one():
    x = leaf(1.0, 2.0, 3.0)
    y = (x * x).sum()
    g = torch.autograd.grad(y, x)
    return g, x.grad
attempt("grad(y, x)", grad_one)


def grad_list():
    x = leaf(1.0, 2.0, 3.0)
    w = leaf(4.0, 5.0, 6.0)
    x.grad = torch.tensor([10.0, 10.0, 10.0])
    y = (x * w).sum()
    g = torch.autograd.grad(y, [x, w])
    return g, x.grad, w.grad
attempt("grad(y, [x, w]) keeps .grad", grad_list)


def grad_unused():
    x = leaf(1.0, 2.0)
    w = leaf(3.0, 4.0)
    return torch.autograd.grad((x * x).sum(), [x, w])
attempt("grad with an unused input", grad_unused)


def grad_allow_unused():
    x = leaf(1.0, 2.0)
    w = leaf(3.0, 4.0)
    return torch.autograd.grad((x * x).sum(), [x, w], allow_unused=True)
attempt("grad, allow_unused", grad_allow_unused)


def grad_materialize():
    x = leaf(1.0, 2.0)
    w = leaf(3.0, 4.0)
    return torch.autograd.grad((x * x).sum(), [x, w], materialize_grads=True)
attempt("grad, materialize_grads", grad_materialize)


def grad_non_scalar():
    x = leaf(1.0, 2.0)
    return torch.autograd.grad(x * x, x)
attempt("grad of a vector, no grad_outputs", grad_non_scalar)


def grad_outputs():
    x = leaf(1.0, 2.0)
    return torch.autograd.grad(x * x, x, torch.tensor([1.0, 10.0]))
attempt("grad with grad_outputs", grad_outputs)


def grad_intermediate():
    x = leaf(1.0, 2.0, 3.0)
    h = x * 3
    y = (h * h).sum()
    return torch.autograd.grad(y, h), x.grad
attempt("grad for an intermediate", grad_intermediate)


def grad_twice():
    x = leaf(1.0, 2.0)
    y = (x * x).sum()
    torch.autograd.grad(y, x)
    return torch.autograd.grad(y, x)
attempt("grad twice", grad_twice)


def grad_retained():
    x = leaf(1.0, 2.0)
    y = (x * x).sum()
    first = torch.autograd.grad(y, x, retain_graph=True)
    y.backward()
    return first, x.grad
attempt("grad retained, then backward", grad_retained)


def grad_no_grad_input():
    x = torch.tensor([1.0, 2.0])
    w = leaf(1.0, 2.0)
    return torch.autograd.grad((x * w).sum(), [w, x])
attempt("grad for a tensor without requires_grad", grad_no_grad_input)


def grad_constant_output():
    x = torch.tensor([1.0, 2.0])
    return torch.autograd.grad((x * x).sum(), x)
attempt("grad of a constant", grad_constant_output)


def grad_two_outputs():
    x = leaf(1.0, 2.0)
    return torch.autograd.grad([(x * x).sum(), (x * 3).sum()], [x])
attempt("grad of two outputs", grad_two_outputs)


# In-place on a leaf that requires grad, or on a view of one.
x = leaf(1.0, 2.0, 3.0)
attempt("leaf add_", lambda: x.add_(1))
attempt("view of leaf add_", lambda: x[0].add_(1))
attempt("view() of leaf mul_", lambda: x.view(3).mul_(2))
attempt("slice of leaf fill_", lambda: x[1:].fill_(0))
attempt("unsqueezed slice of leaf", lambda: x[:2].unsqueeze(0).add_(1))
attempt("detached leaf add_", lambda: x.detach().add_(1))
print("leaf now", x)
with torch.no_grad():
    x[0].add_(1)
print("changed under no_grad", x)
