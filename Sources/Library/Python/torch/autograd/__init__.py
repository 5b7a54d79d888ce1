"""torch.autograd: Function (custom forward/backward) and grad, on the native tape."""

import torch

class FunctionCtx:
    def save_for_backward(self, *tensors):
        self.saved_tensors = tensors

    def mark_non_differentiable(self, *args):
        pass

class Function:
    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError('You must implement the forward function for custom autograd.Function.')

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError('You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.')

    @classmethod
    def apply(cls, *args):
        ctx = FunctionCtx()
        with torch.no_grad():
            output = cls.forward(ctx, *args)
        positions = [i for i, a in enumerate(args) if isinstance(a, torch.Tensor)]
        inputs = [args[i] for i in positions]
        def backward(grad_output):
            grads = cls.backward(ctx, grad_output)
            if not isinstance(grads, tuple):
                grads = (grads,)
            return [grads[i] if i < len(grads) else None for i in positions]
        return torch._record_function(output, inputs, backward, cls.__name__ + 'Backward')

def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True, allow_unused=None, is_grads_batched=False, materialize_grads=False):
    # The gradients are returned, never accumulated: no tensor's .grad changes.
    grads = torch._autograd_grad(outputs, inputs, grad_outputs, retain_graph, create_graph, bool(allow_unused) or materialize_grads)
    if materialize_grads:
        wanted = [inputs] if isinstance(inputs, torch.Tensor) else list(inputs)
        grads = tuple(torch.zeros_like(x) if g is None else g for g, x in zip(grads, wanted))
    return grads

# PyTorch keeps FunctionCtx in torch.autograd.function: dir() and Tab completion leave it out here.
def __dir__():
    return [name for name in globals() if name != 'FunctionCtx']
