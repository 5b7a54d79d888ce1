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
}
