import XCTest
import Library

/// `t[i, j]` / `t[i, j] = x` / `t[i, j] += x` with plain ints take the element fast paths
/// (ElementSubscript); they must keep PyTorch's semantics: views share storage, values are cast
/// to the tensor's dtype, autograd inputs take the recording path, errors are IndexErrors.
/// Expected output from PyTorch 2.15 running the same script.
final class ElementSubscriptTests: XCTestCase {
    func testIntSubscriptsBehaveLikePyTorch() throws {
        let output = try LibrarySession.run("""
            import torch
            a = torch.arange(12.).reshape(3, 4)
            x = a[1, 2]
            print(x, x.shape, x.dtype)
            a[1, 2] = 100
            print(a[1, 2].item(), x.item())
            y = a[-1, -1]
            y += 1
            print(a[2, 3].item())
            c = torch.zeros(2, 2)
            c[0, 1] += a[0, 1] * a[1, 0]
            c[1, 0] = a[2, 1]
            print(c)
            i = torch.zeros(2, 3, dtype=torch.int64)
            i[1, 2] = 2.7
            i[0, 0] = torch.tensor(3.9)
            i[0, 1] = True
            i[1, 1] += 5
            print(i)
            h = torch.zeros(4, dtype=torch.float64)
            h[2] = torch.tensor(0.1, dtype=torch.float32)
            print(h[2].item())
            b = torch.ones(2, 2, requires_grad=True)
            z = b[0, 1]
            print(z.requires_grad, z.grad_fn is not None)
            c = torch.zeros(2, 2)
            c[0, 0] = b[0, 1] * 2
            print(c.requires_grad)
            t = a.t()
            print(t[3, 2].item(), t[0, 1].item())
            t[3, 2] = -1
            print(a[2, 3].item())
            for f in [lambda: a[3, 0], lambda: a[0, -5], lambda: a[0, 0, 0]]:
                try:
                    f()
                except Exception as e:
                    print(type(e).__name__ + ': ' + str(e))
            try:
                a[0, 4] = 1
            except Exception as e:
                print(type(e).__name__ + ': ' + str(e))
            print(torch.tensor(5)[()].item() if hasattr(torch, 'tensor') else 0)
            """)
        XCTAssertEqual(output, """
            tensor(6.) torch.Size([]) torch.float32
            100.0 100.0
            12.0
            tensor([[0., 4.],
                    [9., 0.]])
            tensor([[3, 1, 0],
                    [0, 5, 2]])
            0.10000000149011612
            True True
            True
            12.0 4.0
            -1.0
            IndexError: index 3 is out of bounds for dimension 0 with size 3
            IndexError: index -5 is out of bounds for dimension 1 with size 4
            IndexError: too many indices for tensor of dimension 2
            IndexError: index 4 is out of bounds for dimension 1 with size 4
            5

            """)
    }

    /// Arithmetic between 0-d tensors of one dtype (the scalar-loop fast path) for every dtype:
    /// wrapping integer overflow, true division of ints to float, bool add/mul, mixed dtypes,
    /// in-place updates through element views and their version counters, autograd.
    /// Expected output from PyTorch running the same script.
    func testZeroDimArithmeticAcrossDTypesMatchesPyTorch() throws {
        let output = try LibrarySession.run("""
            import torch
            big = torch.tensor([[9223372036854775807, 2], [3, -9223372036854775807]])
            print(big[0, 0] + big[0, 1], big[1, 1] - big[0, 1] - big[1, 0], big[0, 0] * big[0, 1])
            i32 = torch.tensor([2147483647, 5], dtype=torch.int32)
            print(i32[0] + i32[1], (i32[0] * i32[1]).dtype, i32[1] / i32[1], (i32[0] // i32[1]))
            u8 = torch.tensor([200, 100], dtype=torch.uint8)
            print(u8[0] + u8[1], u8[1] - u8[0], u8[0] * u8[1])
            d = torch.tensor([1.0, 3.0], dtype=torch.float64)
            print(d[0] / d[1], (d[0] / d[1]).item(), d[0] - d[1])
            f = torch.tensor([1.0, 3.0, 0.0])
            print(f[0] / f[1], f[0] / f[2], f[2] / f[2], (f[0] / f[1]).item())
            b = torch.tensor([True, False])
            print(b[0] + b[1], b[0] * b[1])
            print(f[0] * d[1], (f[0] * big[0, 1]).dtype, (big[0, 1] * 2.5), (u8[0] + 100).dtype)
            c = torch.zeros(2, 2, dtype=torch.int64)
            v0 = c._version
            c[0, 1] += big[0, 1]
            c[0, 1] *= big[1, 0]
            c[1, 1] -= big[0, 1]
            print(c, c._version - v0)
            x = c[0, 1]
            x += big[0, 1]
            print(c[0, 1].item(), x.item(), x._version == c._version)
            e = torch.zeros(2, dtype=torch.float64)
            e[1] += d[1]
            e[1] /= d[1] + d[1]
            print(e)
            u = torch.zeros(1, dtype=torch.uint8)
            u[0] += u8[0]
            u[0] += u8[0]
            print(u)
            g = torch.tensor([2.0, 3.0], requires_grad=True)
            y = g[0] * g[1]
            y.backward()
            print(y, g.grad)
            h = torch.tensor([1, 2])
            try:
                h[0] /= h[1]
            except Exception as ex:
                print(type(ex).__name__, ex)
            """)
        XCTAssertEqual(output, """
            tensor(-9223372036854775807) tensor(9223372036854775804) tensor(-2)
            tensor(-2147483644, dtype=torch.int32) torch.int32 tensor(1.) tensor(429496729, dtype=torch.int32)
            tensor(44, dtype=torch.uint8) tensor(156, dtype=torch.uint8) tensor(32, dtype=torch.uint8)
            tensor(0.3333, dtype=torch.float64) 0.3333333333333333 tensor(-2., dtype=torch.float64)
            tensor(0.3333) tensor(inf) tensor(nan) 0.3333333432674408
            tensor(True) tensor(False)
            tensor(3., dtype=torch.float64) torch.float32 tensor(5.) torch.uint8
            tensor([[ 0,  6],
                    [ 0, -2]]) 6
            8 8 True
            tensor([0.0000, 0.5000], dtype=torch.float64)
            tensor([144], dtype=torch.uint8)
            tensor(6., grad_fn=<MulBackward0>) tensor([3., 2.])
            RuntimeError result type Float can't be cast to the desired output type Long

            """)
    }

    /// Subscripts of ndarrays stay numpy scalars (and their arithmetic stays numpy), while a
    /// torch tensor's stay tensors. Expected output from numpy 2.
    func testNumpySubscriptsStayNumpyScalars() throws {
        let output = try LibrarySession.run("""
            import numpy as np
            import torch
            a = np.arange(6.0).reshape(2, 3)
            s = a[1, 2]
            print(type(s).__name__, repr(s), repr(s * a[0, 1]), type(s + s).__name__)
            n = np.array([[1, 2], [3, 4]], dtype=np.int32)
            print(repr(n[1, 1] * n[0, 1]), type(n[1, 0]).__name__)
            print(type(torch.zeros(2, 2)[0, 0]).__name__)
            """)
        XCTAssertEqual(output, """
            float64 np.float64(5.0) np.float64(5.0) float64
            np.int32(8) int32
            Tensor

            """)
    }
}
