import XCTest

/// Chapter 4's pixel-similarity cells print the book's numbers (they depend only on MNIST).
final class Chapter4Tests: XCTestCase {
    func testPixelSimilarityPrintsTheBooksNumbers() throws {
        let output = try LibrarySession.run("""
            from fastai.vision.all import *
            path = untar_data(URLs.MNIST_SAMPLE)
            threes = (path/'train'/'3').ls().sorted()
            sevens = (path/'train'/'7').ls().sorted()
            im3 = Image.open(threes[1])
            print(repr(array(im3)[4:10,4:10]))
            print(tensor(im3)[4:10,4:10])
            seven_tensors = [tensor(Image.open(o)) for o in sevens]
            three_tensors = [tensor(Image.open(o)) for o in threes]
            print((len(three_tensors),len(seven_tensors)))
            stacked_sevens = torch.stack(seven_tensors).float()/255
            stacked_threes = torch.stack(three_tensors).float()/255
            print(stacked_threes.shape)
            mean3 = stacked_threes.mean(0)
            mean7 = stacked_sevens.mean(0)
            a_3 = stacked_threes[1]
            print(((a_3 - mean3).abs().mean(), ((a_3 - mean3)**2).mean().sqrt()))
            print(((a_3 - mean7).abs().mean(), ((a_3 - mean7)**2).mean().sqrt()))
            print((F.l1_loss(a_3.float(),mean7), F.mse_loss(a_3,mean7).sqrt()))
            valid_3_tens = torch.stack([tensor(Image.open(o)) for o in (path/'valid'/'3').ls()]).float()/255
            valid_7_tens = torch.stack([tensor(Image.open(o)) for o in (path/'valid'/'7').ls()]).float()/255
            print((valid_3_tens.shape,valid_7_tens.shape))
            def mnist_distance(a,b): return (a-b).abs().mean((-1,-2))
            def is_3(x): return mnist_distance(x,mean3) < mnist_distance(x,mean7)
            print((is_3(a_3), is_3(a_3).float()))
            accuracy_3s =      is_3(valid_3_tens).float() .mean()
            accuracy_7s = (1 - is_3(valid_7_tens).float()).mean()
            print((accuracy_3s,accuracy_7s,(accuracy_3s+accuracy_7s)/2))
            """)
        XCTAssertEqual(output, """
            array([[  0,   0,   0,   0,   0,   0],
                   [  0,   0,   0,   0,   0,  29],
                   [  0,   0,   0,  48, 166, 224],
                   [  0,  93, 244, 249, 253, 187],
                   [  0, 107, 253, 253, 230,  48],
                   [  0,   3,  20,  20,  15,   0]], dtype=uint8)
            tensor([[  0,   0,   0,   0,   0,   0],
                    [  0,   0,   0,   0,   0,  29],
                    [  0,   0,   0,  48, 166, 224],
                    [  0,  93, 244, 249, 253, 187],
                    [  0, 107, 253, 253, 230,  48],
                    [  0,   3,  20,  20,  15,   0]], dtype=torch.uint8)
            (6131, 6265)
            torch.Size([6131, 28, 28])
            (tensor(0.1114), tensor(0.2021))
            (tensor(0.1586), tensor(0.3021))
            (tensor(0.1586), tensor(0.3021))
            (torch.Size([1010, 28, 28]), torch.Size([1028, 28, 28]))
            (tensor(True), tensor(1.))
            (tensor(0.9168), tensor(0.9854), tensor(0.9511))

            """)
    }

    func testTensorBasicsPrintLikePyTorch() throws {
        let output = try LibrarySession.run("""
            from fastai.vision.all import *
            data = [[1,2,3],[4,5,6]]
            arr = array (data)
            tns = tensor(data)
            print(repr(arr))
            print(tns[1], tns[:,1], tns[1,1:3], tns+1, tns.type(), tns*1.5, sep='\\n')
            print(torch.tensor([1.,2.]).requires_grad_())
            print(tensor([1,2,3]) + tensor([1,1,1]))
            """)
        XCTAssertEqual(output, """
            array([[1, 2, 3],
                   [4, 5, 6]])
            tensor([4, 5, 6])
            tensor([2, 5])
            tensor([5, 6])
            tensor([[2, 3, 4],
                    [5, 6, 7]])
            torch.LongTensor
            tensor([[1.5000, 3.0000, 4.5000],
                    [6.0000, 7.5000, 9.0000]])
            tensor([1., 2.], requires_grad=True)
            tensor([2, 3, 4])

            """)
    }

    func testTensorErrorsArePythonExceptions() throws {
        let output = try LibrarySession.run("""
            import torch
            for f in [lambda: torch.ones(3) + torch.ones(2), lambda: torch.ones(2, 3).view(4), lambda: bool(torch.ones(2)),
                      lambda: torch.ones(3)[5], lambda: torch.zeros(10**12)]:
                try:
                    f()
                except Exception as e:
                    print(type(e).__name__ + ': ' + str(e).split('\\n')[0])
            """)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(4)), [
            "RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0",
            "RuntimeError: shape '[4]' is invalid for input of size 6",
            "RuntimeError: Boolean value of Tensor with more than one value is ambiguous",
            "IndexError: index 5 is out of bounds for dimension 0 with size 3",
        ])
        // An allocation the machine cannot satisfy is an exception, not a crash.
        XCTAssertEqual(lines.count, 5, output)
        XCTAssertTrue(lines.last?.hasPrefix("RuntimeError") ?? false, output)
    }

    /// Shapes whose element count overflows 64 bits or cannot be allocated once trapped in
    /// Swift arithmetic or aborted building 2**40 tensors; PyTorch raises RuntimeError.
    func testHugeShapesAreRuntimeErrors() throws {
        let output = try LibrarySession.run("""
            import torch
            for f in [lambda: torch.ones(1).expand(2**62, 2**62).sum(), lambda: torch.ones(3).repeat(2**40, 2**40),
                      lambda: torch.ones(3).repeat(2**40), lambda: torch.ones(3).repeat(-1),
                      lambda: torch.ones(2).repeat(2, 0).shape, lambda: torch.ones(2).repeat(2, 2).shape]:
                try:
                    print(f())
                except Exception as e:
                    print(type(e).__name__ + ': ' + str(e).split('\\n')[0])
            """)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6, output)
        XCTAssertEqual(lines[0], "RuntimeError: numel: integer multiplication overflow")
        XCTAssertEqual(lines[1], "RuntimeError: numel: integer multiplication overflow")
        XCTAssertTrue(lines[2].hasPrefix("RuntimeError: DefaultCPUAllocator: can't allocate memory"), output)
        XCTAssertEqual(lines[3], "RuntimeError: Trying to create tensor with negative dimension -3: [-3]")
        XCTAssertEqual(lines[4], "torch.Size([2, 0])")
        XCTAssertEqual(lines[5], "torch.Size([2, 4])")
    }
}
