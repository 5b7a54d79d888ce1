# Sampling from the seeded generator gives PyTorch's numbers: bernoulli with probability tensors
# (float and double), random_ over a dtype's range and over [from, to), exponential_, and
# multinomial with and without replacement. (bernoulli_ with a plain number is left out: on
# Intel CPUs PyTorch draws it from MKL's stream.)
import torch


def err(name, f):
    try:
        r = f()
        print(name, "no error", r)
    except Exception as e:
        print("%s %s: %s" % (name, type(e).__name__, e))


torch.manual_seed(0)
print(torch.bernoulli(torch.full((20,), 0.5)))
print(torch.tensor([[0.1, 0.9], [0.5, 0.0]], dtype=torch.float64).bernoulli())
print(torch.empty(2, 3).bernoulli_(torch.tensor([0.2, 0.5, 0.8])))
print(torch.rand(3))
print(torch.empty(5).random_(), torch.empty(3, dtype=torch.int64).random_(), torch.empty(4).random_(10))
print(torch.empty(3, dtype=torch.int32).random_(-5, 5), torch.empty(4, dtype=torch.uint8).random_(), torch.empty(4, dtype=torch.bool).random_())
print(torch.empty(2, 2, dtype=torch.float64).random_(3, 1000), torch.empty(3).t().random_(100))
print(torch.empty(5).exponential_(), torch.empty(3, dtype=torch.float64).exponential_(2.5))
print(torch.empty(4, 4).exponential_(0.5).t())
probs = torch.tensor([0.1, 0.2, 0.7])
print(probs.multinomial(5, replacement=True), torch.multinomial(probs, 1), probs.multinomial(3))
print(torch.tensor([[0.1, 0.2, 0.7], [1., 1., 1.]]).multinomial(2))
print(torch.tensor([[1., 0., 2., 5.], [0., 3., 0., 1.]]).multinomial(6, replacement=True))
print(torch.tensor([[1., 0., 2., 5.], [0., 3., 0., 1.]], dtype=torch.float64).multinomial(1))
print(torch.zeros(0, 3).multinomial(1), torch.rand(2))

err("bernoulli_range", lambda: torch.tensor([3., 1.]).bernoulli())
err("bernoulli_negative", lambda: torch.tensor([-0.5]).bernoulli())
err("random_bounds", lambda: torch.empty(3).random_(5, 2))
err("exponential_lambda", lambda: torch.zeros(3).exponential_(-1))
err("exponential_int", lambda: torch.zeros(3, dtype=torch.int64).exponential_())
err("multinomial_too_many", lambda: probs.multinomial(4))
err("multinomial_zero", lambda: probs.multinomial(0))
err("multinomial_negative", lambda: torch.tensor([-1., 1.]).multinomial(1))
err("multinomial_sum", lambda: torch.tensor([0., 0.]).multinomial(1))
err("multinomial_3d", lambda: torch.ones(1, 1, 2).multinomial(1))
err("multinomial_int", lambda: torch.tensor([1, 2]).multinomial(1))
