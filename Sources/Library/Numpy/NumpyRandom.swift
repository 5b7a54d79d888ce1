import Foundation
import Interpreter
import TensorKit

/// `np.random`'s legacy global RandomState, giving numpy's numbers for the same seed: MT19937
/// seeded as `mt19937_seed` (the same init_genrand as PyTorch's generator, so TensorKit's
/// `Generator` supplies the 32-bit stream), doubles from 53 bits (`a >> 5`, `b >> 6`), normals by
/// the polar Box-Muller method with the second value cached, and integers by masked rejection.
final class NumpyRandomState {
    private var generator = Generator(seed: 0)
    private var cachedGauss: Double?

    init() {
        seed(UInt32(truncatingIfNeeded: UInt64(Date().timeIntervalSince1970 * 1_000_000)))
    }

    func seed(_ value: UInt32) {
        generator = Generator(seed: UInt64(value))
        cachedGauss = nil
    }

    /// `random_sample`: a double in [0, 1).
    func double() -> Double {
        let a = Double(generator.random() >> 5), b = Double(generator.random() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// `legacy_gauss`: a standard normal.
    func gauss() -> Double {
        if let cached = cachedGauss {
            cachedGauss = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * double() - 1.0
            x2 = 2.0 * double() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * Foundation.log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    /// An integer in [low, low + range] (`range` inclusive), as numpy's bounded masked draw.
    func integer(low: Int, range: UInt64) -> Int {
        if range == 0 { return low }
        if range <= 0xFFFF_FFFF {
            let r = UInt32(range)
            if r == 0xFFFF_FFFF { return low &+ Int(generator.random()) }
            var mask = r
            mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16
            var value: UInt32
            repeat { value = generator.random() & mask } while value > r
            return low &+ Int(value)
        }
        var mask = range
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32
        var value: UInt64
        repeat { value = generator.random64() & mask } while value > range
        return low &+ Int(truncatingIfNeeded: value)
    }
}

enum NumpyRandomModule {
    /// The `size` argument: None for one scalar, an int or a tuple.
    static func shape(_ value: Value, _ interpreter: Interpreter) throws -> [Int]? {
        if value.isNone { return nil }
        let shape = try TensorConversions.intList(value, interpreter)
        if shape.contains(where: { $0 < 0 }) { throw PyException(BuiltinTypes.valueError, "negative dimensions are not allowed") }
        return shape
    }

    /// `count` doubles as an array of `shape`, or a Python float when there is no shape.
    static func doubles(_ shape: [Int]?, _ draw: () -> Double) throws -> Value {
        guard let shape else { return .float(draw()) }
        let count = shape.reduce(1) { $0 &* $1 }
        var values: [Double] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(draw()) }
        return .object(PyTensor(try TorchErrors.run { try Tensor(values, shape: shape) }, type: ArrayTypes.ndarray))
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        let state = NumpyRandomState()
        return interpreter.makeModule("numpy.random") { ns in
            ns.function("seed", "seed=None") { i, a in
                if a[0].isNone {
                    state.seed(UInt32(truncatingIfNeeded: UInt64(Date().timeIntervalSince1970 * 1_000_000)))
                    return .none
                }
                let value = try i.intArgument(a[0])
                guard value >= 0 && value <= 0xFFFF_FFFF else { throw PyException(BuiltinTypes.valueError, "Seed must be between 0 and 2**32 - 1") }
                state.seed(UInt32(value))
                return .none
            }
            ns.function("rand", "*shape") { i, a in
                let dims = try ((a[0].asObject as? PyTuple)?.items ?? []).map { try i.intArgument($0) }
                return try doubles(dims.isEmpty ? nil : dims, state.double)
            }
            ns.function("randn", "*shape") { i, a in
                let dims = try ((a[0].asObject as? PyTuple)?.items ?? []).map { try i.intArgument($0) }
                return try doubles(dims.isEmpty ? nil : dims, state.gauss)
            }
            for name in ["random", "random_sample", "sample", "ranf"] {
                ns.function(name, "size=None") { i, a in try doubles(try shape(a[0], i), state.double) }
            }
            ns.function("standard_normal", "size=None") { i, a in try doubles(try shape(a[0], i), state.gauss) }
            ns.function("uniform", "low=0.0, high=1.0, size=None") { i, a in
                let low = try i.doubleArgument(a[0]), high = try i.doubleArgument(a[1])
                return try doubles(try shape(a[2], i)) { low + (high - low) * state.double() }
            }
            ns.function("normal", "loc=0.0, scale=1.0, size=None") { i, a in
                let loc = try i.doubleArgument(a[0]), scale = try i.doubleArgument(a[1])
                if scale < 0 { throw PyException(BuiltinTypes.valueError, "scale < 0") }
                return try doubles(try shape(a[2], i)) { loc + scale * state.gauss() }
            }
            ns.function("randint", "low, high=None, size=None, dtype=None") { i, a in
                var low = try i.intArgument(a[0])
                var high: Int
                if a[1].isNone { high = low; low = 0 } else { high = try i.intArgument(a[1]) }
                guard low < high else { throw PyException(BuiltinTypes.valueError, "low >= high") }
                let range = UInt64(bitPattern: Int64(high &- 1 &- low))
                guard let dims = try shape(a[2], i) else { return .int(state.integer(low: low, range: range)) }
                let count = dims.reduce(1) { $0 &* $1 }
                var values: [Int] = []
                values.reserveCapacity(count)
                for _ in 0..<count { values.append(state.integer(low: low, range: range)) }
                return .object(PyTensor(try TorchErrors.run { try Tensor(values, shape: dims) }, type: ArrayTypes.ndarray))
            }
            ns.function("choice", "a, size=None, replace=True, p=None") { i, a in
                try choice(a, state, i)
            }
            ns.function("shuffle", "x") { i, a in
                if case .object(let o) = a[0], let list = o as? PyList {
                    let order = try shuffled(Array(0..<list.items.count), state)
                    list.items = order.map { list.items[$0] }
                    return .none
                }
                guard case .object(let o) = a[0], let array = o as? PyTensor else {
                    throw PyException(BuiltinTypes.typeError, "shuffle() argument must be a list or an ndarray")
                }
                let t = array.tensor
                let order = try shuffled(Array(0..<(t.shape.first ?? 0)), state)
                try TorchErrors.run {
                    let rows = try t.index([.tensor(try Tensor(order, shape: [order.count]))]).clone()
                    try t.indexPut([.slice(start: nil, stop: nil, step: nil)], rows)
                }
                return .none
            }
            ns.function("permutation", "x") { i, a in
                // Legacy shuffle: Fisher-Yates from the end, each swap index a bounded draw.
                var items: [Int]
                if case .int(let n) = a[0] { items = Array(0..<max(n, 0)) } else {
                    let t = try TensorConversions.tensor(a[0], i)
                    let order = try shuffled(Array(0..<(t.shape.first ?? 0)), state)
                    let index = try Tensor(order, shape: [order.count])
                    return .object(PyTensor(try TorchErrors.run { try t.index([.tensor(index)]) }, type: ArrayTypes.ndarray))
                }
                items = try shuffled(items, state)
                return .object(PyTensor(try TorchErrors.run { try Tensor(items, shape: [items.count]) }, type: ArrayTypes.ndarray))
            }
        }
    }

    /// Legacy `choice`: `randint` without `p`, a permutation's prefix without replacement, and
    /// the cumulative distribution searched with uniform draws when `p` is given.
    static func choice(_ a: [Value], _ state: NumpyRandomState, _ interpreter: Interpreter) throws -> Value {
        let i = interpreter
        var population: Tensor?
        var items: [Value] = []
        let size: Int
        if case .int(let n) = a[0] {
            size = n
        } else if let made = try? NumpyMath.array(a[0], i) {
            guard made.shape.count == 1 else { throw PyException(BuiltinTypes.valueError, "a must be 1-dimensional") }
            population = made
            size = made.shape[0]
        } else {
            items = try i.collect(a[0])
            size = items.count
        }
        guard size > 0 else { throw PyException(BuiltinTypes.valueError, "a must be a positive integer unless no samples are taken") }
        let shape = try self.shape(a[1], i)
        let count = (shape ?? []).reduce(1) { $0 &* $1 }
        var indices: [Int] = []
        if !a[3].isNone {
            let weights = try i.collect(a[3]).map { try i.doubleArgument($0) }
            guard weights.count == size else { throw PyException(BuiltinTypes.valueError, "'a' and 'p' must have same size") }
            if weights.contains(where: { $0 < 0 }) { throw PyException(BuiltinTypes.valueError, "probabilities are not non-negative") }
            var cdf: [Double] = []
            var total = 0.0
            for w in weights { total += w; cdf.append(total) }
            cdf = cdf.map { $0 / total }
            for _ in 0..<count {
                let u = state.double()
                indices.append(cdf.firstIndex(where: { $0 > u }) ?? size - 1)
            }
        } else if !(try i.isTruthy(a[2])) {
            guard count <= size else {
                throw PyException(BuiltinTypes.valueError, "Cannot take a larger sample than population when 'replace=False'")
            }
            indices = Array(try shuffled(Array(0..<size), state).prefix(count))
        } else {
            for _ in 0..<count { indices.append(state.integer(low: 0, range: UInt64(size - 1))) }
        }
        if let population {
            let picked = try TorchErrors.run { try population.index([.tensor(try Tensor(indices, shape: [indices.count]))]) }
            guard let shape else { return NumpyScalars.wrap(try TorchErrors.run { try picked.reshape([]) }) }
            return .object(PyTensor(try TorchErrors.run { try picked.reshape(shape) }, type: ArrayTypes.ndarray))
        }
        if !items.isEmpty {
            guard let shape else { return items[indices[0]] }
            guard shape.count == 1 else { throw PyException(BuiltinTypes.valueError, "choice of Python objects takes a 1-d size") }
            return .object(PyList(indices.map { items[$0] }))
        }
        guard let shape else { return .int(indices[0]) }
        return .object(PyTensor(try TorchErrors.run { try Tensor(indices, shape: shape) }, type: ArrayTypes.ndarray))
    }

    static func shuffled(_ items: [Int], _ state: NumpyRandomState) throws -> [Int] {
        var items = items
        var i = items.count - 1
        while i > 0 {
            let j = state.integer(low: 0, range: UInt64(i))
            items.swapAt(i, j)
            i -= 1
        }
        return items
    }
}
