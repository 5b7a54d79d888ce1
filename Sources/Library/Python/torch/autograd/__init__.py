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

def grad(outputs, inputs, grad_outputs=None):
    for t in inputs:
        t.grad = None
    outputs.backward(grad_outputs)
    return tuple(t.grad for t in inputs)
