import Foundation
import TensorKit
import XCTest

/// The MNIST_SAMPLE folder built from the bundled MNIST matches fastai's layout: counts, file
/// names that are record indices, pixels equal to the IDX records.
final class MNISTSampleTests: XCTestCase {
    func testLayoutCountsAndNames() throws {
        let output = try LibrarySession.run("""
            from fastai.vision.all import *
            path = untar_data(URLs.MNIST_SAMPLE)
            for split in ['train', 'valid']:
                for digit in ['3', '7']:
                    print(split, digit, len((path/split/digit).ls()))
            Path.BASE_PATH = path
            print((path/'train').ls())
            threes = (path/'train'/'3').ls().sorted()
            print(threes)
            print(len((path/'labels.csv').read_text().splitlines()))
            """)
        XCTAssertEqual(output, """
            train 3 6131
            train 7 6265
            valid 3 1010
            valid 7 1028
            (#2) [Path('train/3'),Path('train/7')]
            (#6131) [Path('train/3/10.png'),Path('train/3/10000.png'),Path('train/3/10011.png'),Path('train/3/10031.png'),Path('train/3/10034.png'),Path('train/3/10042.png'),Path('train/3/10052.png'),Path('train/3/1007.png'),Path('train/3/10074.png'),Path('train/3/10091.png')...]
            12397

            """)
    }

    /// File N.png holds record N of the IDX file, with that record's label.
    func testFileNamesAreRecordIndices() throws {
        _ = try LibrarySession.run("from fastai.vision.all import *\nuntar_data(URLs.MNIST_SAMPLE)")
        let root = LibrarySession.dataDirectory + "/mnist_sample"
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Library/Resources/mnist")
        let trainImages = try IDXReader.read(path: resources.appendingPathComponent("train-images-idx3-ubyte.gz").path)
        let trainLabels = try IDXReader.read(path: resources.appendingPathComponent("train-labels-idx1-ubyte.gz").path).ints()
        let testImages = try IDXReader.read(path: resources.appendingPathComponent("t10k-images-idx3-ubyte.gz").path)
        for (split, images, labels) in [("train", trainImages, trainLabels)] {
            for index in [10, 10000, 7, 59999] where labels[index] == 3 || labels[index] == 7 {
                let file = try PNGCodec.read(path: "\(root)/\(split)/\(labels[index])/\(index).png")
                XCTAssertEqual(file.scalars(), try images.select(0, index).scalars(), "\(split) record \(index)")
            }
        }
        let validThree = try FileManager.default.contentsOfDirectory(atPath: root + "/valid/3").sorted()[0]
        let index = Int(validThree.dropLast(4)) ?? -1
        XCTAssertEqual(try PNGCodec.read(path: root + "/valid/3/" + validThree).scalars(), try testImages.select(0, index).scalars())
    }
}
