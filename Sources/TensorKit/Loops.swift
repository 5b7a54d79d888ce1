/// Typed 1-D loops that kernels build on. Each takes the iterator's run (count, base pointers,
/// byte strides; output first) and picks the fastest loop the strides allow: fully contiguous,
/// one operand broadcast (stride 0), or general strided.
///
/// They are `@inline(__always)` generics so that each kernel, written as a closure literal,
/// specialises into a tight loop that the optimiser can vectorise.
enum Loops {
    @inline(__always)
    static func nullary<R>(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>, _ value: R) {
        let so = s[0]
        if so == MemoryLayout<R>.stride {
            let o = d[0].assumingMemoryBound(to: R.self)
            for i in 0..<n { o[i] = value }
        } else {
            var po = d[0]
            for _ in 0..<n {
                po.assumingMemoryBound(to: R.self).pointee = value
                po += so
            }
        }
    }

    @inline(__always)
    static func unary<A, R>(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>,
                            _ f: (A) -> R) {
        let so = s[0], sa = s[1]
        if so == MemoryLayout<R>.stride && sa == MemoryLayout<A>.stride {
            let o = d[0].assumingMemoryBound(to: R.self)
            let a = UnsafePointer(d[1].assumingMemoryBound(to: A.self))
            for i in 0..<n { o[i] = f(a[i]) }
        } else if sa == 0 {
            let v = f(d[1].assumingMemoryBound(to: A.self).pointee)
            nullary(n, d, s, v)
        } else {
            var po = d[0], pa = d[1]
            for _ in 0..<n {
                po.assumingMemoryBound(to: R.self).pointee = f(pa.assumingMemoryBound(to: A.self).pointee)
                po += so
                pa += sa
            }
        }
    }

    @inline(__always)
    static func binary<A, B, R>(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>,
                                _ f: (A, B) -> R) {
        let so = s[0], sa = s[1], sb = s[2]
        let ro = MemoryLayout<R>.stride, ra = MemoryLayout<A>.stride, rb = MemoryLayout<B>.stride
        if so == ro && sa == ra && sb == rb {
            let o = d[0].assumingMemoryBound(to: R.self)
            let a = UnsafePointer(d[1].assumingMemoryBound(to: A.self))
            let b = UnsafePointer(d[2].assumingMemoryBound(to: B.self))
            for i in 0..<n { o[i] = f(a[i], b[i]) }
        } else if so == ro && sa == ra && sb == 0 {
            let o = d[0].assumingMemoryBound(to: R.self)
            let a = UnsafePointer(d[1].assumingMemoryBound(to: A.self))
            let b = d[2].assumingMemoryBound(to: B.self).pointee
            for i in 0..<n { o[i] = f(a[i], b) }
        } else if so == ro && sa == 0 && sb == rb {
            let o = d[0].assumingMemoryBound(to: R.self)
            let a = d[1].assumingMemoryBound(to: A.self).pointee
            let b = UnsafePointer(d[2].assumingMemoryBound(to: B.self))
            for i in 0..<n { o[i] = f(a, b[i]) }
        } else {
            var po = d[0], pa = d[1], pb = d[2]
            for _ in 0..<n {
                po.assumingMemoryBound(to: R.self).pointee =
                    f(pa.assumingMemoryBound(to: A.self).pointee, pb.assumingMemoryBound(to: B.self).pointee)
                po += so
                pa += sa
                pb += sb
            }
        }
    }

    @inline(__always)
    static func ternary<A, B, C, R>(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>,
                                    _ f: (A, B, C) -> R) {
        let so = s[0], sa = s[1], sb = s[2], sc = s[3]
        if so == MemoryLayout<R>.stride && sa == MemoryLayout<A>.stride && sb == MemoryLayout<B>.stride
            && sc == MemoryLayout<C>.stride {
            let o = d[0].assumingMemoryBound(to: R.self)
            let a = UnsafePointer(d[1].assumingMemoryBound(to: A.self))
            let b = UnsafePointer(d[2].assumingMemoryBound(to: B.self))
            let c = UnsafePointer(d[3].assumingMemoryBound(to: C.self))
            for i in 0..<n { o[i] = f(a[i], b[i], c[i]) }
        } else {
            var po = d[0], pa = d[1], pb = d[2], pc = d[3]
            for _ in 0..<n {
                po.assumingMemoryBound(to: R.self).pointee = f(
                    pa.assumingMemoryBound(to: A.self).pointee,
                    pb.assumingMemoryBound(to: B.self).pointee,
                    pc.assumingMemoryBound(to: C.self).pointee)
                po += so
                pa += sa
                pb += sb
                pc += sc
            }
        }
    }

    /// float32 binary op with an explicit SIMD body for contiguous and scalar-broadcast runs;
    /// other layouts fall back to the scalar closure.
    @inline(__always)
    static func binaryFloat(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>,
                            _ f: (Float, Float) -> Float,
                            _ v: (SIMD16<Float>, SIMD16<Float>) -> SIMD16<Float>) {
        let so = s[0], sa = s[1], sb = s[2]
        guard so == 4 && (sa == 4 || sa == 0) && (sb == 4 || sb == 0) && !(sa == 0 && sb == 0) else {
            binary(n, d, s, f)
            return
        }
        let o = d[0], a = UnsafeRawPointer(d[1]), b = UnsafeRawPointer(d[2])
        let width = 16
        let vectorEnd = n - n % width
        var i = 0
        if sa == 4 && sb == 4 {
            while i < vectorEnd {
                let x = a.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
                let y = b.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
                o.storeBytes(of: v(x, y), toByteOffset: i &* 4, as: SIMD16<Float>.self)
                i &+= width
            }
        } else if sb == 0 {
            let y = SIMD16<Float>(repeating: b.load(as: Float.self))
            while i < vectorEnd {
                let x = a.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
                o.storeBytes(of: v(x, y), toByteOffset: i &* 4, as: SIMD16<Float>.self)
                i &+= width
            }
        } else {
            let x = SIMD16<Float>(repeating: a.load(as: Float.self))
            while i < vectorEnd {
                let y = b.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
                o.storeBytes(of: v(x, y), toByteOffset: i &* 4, as: SIMD16<Float>.self)
                i &+= width
            }
        }
        let op = o.assumingMemoryBound(to: Float.self)
        let ap = a.assumingMemoryBound(to: Float.self)
        let bp = b.assumingMemoryBound(to: Float.self)
        let ia = sa == 0 ? 0 : 1, ib = sb == 0 ? 0 : 1
        while i < n {
            op[i] = f(ap[i &* ia], bp[i &* ib])
            i &+= 1
        }
    }

    /// float32 unary op with an explicit SIMD body for contiguous runs.
    @inline(__always)
    static func unaryFloat(_ n: Int, _ d: UnsafePointer<UnsafeMutableRawPointer>, _ s: UnsafePointer<Int>,
                           _ f: (Float) -> Float, _ v: (SIMD16<Float>) -> SIMD16<Float>) {
        guard s[0] == 4 && s[1] == 4 else {
            unary(n, d, s, f)
            return
        }
        let o = d[0], a = UnsafeRawPointer(d[1])
        let vectorEnd = n - n % 16
        var i = 0
        while i < vectorEnd {
            let x = a.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
            o.storeBytes(of: v(x), toByteOffset: i &* 4, as: SIMD16<Float>.self)
            i &+= 16
        }
        let op = o.assumingMemoryBound(to: Float.self)
        let ap = a.assumingMemoryBound(to: Float.self)
        while i < n {
            op[i] = f(ap[i])
            i &+= 1
        }
    }
}
