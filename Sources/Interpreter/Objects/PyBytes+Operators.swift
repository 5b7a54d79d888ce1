/// `bytes` operators and the byte-string methods scripts combine with struct, base64 and io:
/// `+`, `*`, `in`, join, split, strip, find, count, startswith, endswith, replace.
enum BytesOperators {
    static let table: [NativeMethod] = [
        NativeMethod("__add__", "self, other", add),
        NativeMethod("__mul__", "self, n", multiply),
        NativeMethod("__rmul__", "self, n", multiply),
        NativeMethod("__contains__", "self, item", contains),
        NativeMethod("join", "self, iterable, /", join),
        NativeMethod("startswith", "self, prefix, /", startswith),
        NativeMethod("endswith", "self, suffix, /", endswith),
        NativeMethod("find", "self, sub, /", find),
        NativeMethod("count", "self, sub, /", count),
        NativeMethod("split", "self, sep=None, maxsplit=-1", split),
        NativeMethod("strip", "self, bytes=None, /", strip),
        NativeMethod("replace", "self, old, new, count=-1, /", replace),
    ]

    static let asciiWhitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]

    static func bytes(_ value: Value) -> [UInt8]? { (value.asObject as? PyBytes)?.bytes }

    static func receiver(_ args: BoundArguments) -> [UInt8] { bytes(args.receiver) ?? [] }

    /// A bytes argument, or CPython's TypeError for anything else.
    static func required(_ value: Value) throws -> [UInt8] {
        if let b = bytes(value) { return b }
        throw PyException(BuiltinTypes.typeError, "a bytes-like object is required, not '\(value.typeName)'")
    }

    /// The first index of `needle` in `haystack` at or after `start`, or nil.
    static func index(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        if needle.isEmpty { return start <= haystack.count ? start : nil }
        guard haystack.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func add(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let other = args["other"]
        guard let right = bytes(other) else {
            // A class of the user's may take `bytes + x` with its __radd__.
            if !other.type.isBuiltin, other.type.lookup("__radd__") != nil { return .object(Singletons.notImplemented) }
            throw PyException(BuiltinTypes.typeError, "can't concat \(other.typeName) to bytes")
        }
        let left = receiver(args)
        try Allocation.check(count: left.count + right.count, elementSize: 1)
        return .object(PyBytes(left + right))
    }

    static func multiply(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        guard let n = Arithmetic.intValue(args["n"]) else { return .object(Singletons.notImplemented) }
        let item = receiver(args)
        guard n > 0, !item.isEmpty else { return .object(PyBytes([])) }
        let (total, overflow) = item.count.multipliedReportingOverflow(by: n)
        if overflow { throw PyException(BuiltinTypes.memoryError, "") }
        try Allocation.check(count: total, elementSize: 1)
        var result: [UInt8] = []
        result.reserveCapacity(total)
        for _ in 0..<n { result.append(contentsOf: item) }
        return .object(PyBytes(result))
    }

    static func contains(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let item = args["item"]
        if let value = Arithmetic.intValue(item) {
            guard (0...255).contains(value) else { throw PyException(BuiltinTypes.valueError, "byte must be in range(0, 256)") }
            return .bool(receiver(args).contains(UInt8(value)))
        }
        return .bool(index(of: try required(item), in: receiver(args)) != nil)
    }

    static func join(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let separator = receiver(args)
        var result: [UInt8] = []
        for (position, item) in try interpreter.collect(args["iterable"]).enumerated() {
            guard let chunk = bytes(item) else {
                throw PyException(BuiltinTypes.typeError, "sequence item \(position): expected a bytes-like object, \(item.typeName) found")
            }
            if position > 0 { result.append(contentsOf: separator) }
            result.append(contentsOf: chunk)
        }
        return .object(PyBytes(result))
    }

    static func affixes(_ value: Value, _ function: String) throws -> [[UInt8]] {
        if let b = bytes(value) { return [b] }
        if let tuple = value.asObject as? PyTuple {
            return try tuple.items.map { item in
                guard let b = bytes(item) else {
                    throw PyException(BuiltinTypes.typeError, "a bytes-like object is required, not '\(item.typeName)'")
                }
                return b
            }
        }
        throw PyException(BuiltinTypes.typeError, "\(function) first arg must be bytes or a tuple of bytes, not \(value.typeName)")
    }

    static func startswith(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let data = receiver(args)
        return .bool(try affixes(args["prefix"], "startswith").contains { data.starts(with: $0) })
    }

    static func endswith(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let data = receiver(args)
        return .bool(try affixes(args["suffix"], "endswith").contains { data.count >= $0.count && data.suffix($0.count).elementsEqual($0) })
    }

    static func needle(_ value: Value) throws -> [UInt8] {
        if let i = Arithmetic.intValue(value) {
            guard (0...255).contains(i) else { throw PyException(BuiltinTypes.valueError, "byte must be in range(0, 256)") }
            return [UInt8(i)]
        }
        guard let b = bytes(value) else {
            throw PyException(BuiltinTypes.typeError, "argument should be integer or bytes-like object, not '\(value.typeName)'")
        }
        return b
    }

    static func find(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        .int(index(of: try needle(args["sub"]), in: receiver(args)) ?? -1)
    }

    static func count(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let sub = try needle(args["sub"])
        let data = receiver(args)
        if sub.isEmpty { return .int(data.count + 1) }
        var total = 0
        var start = 0
        while let found = index(of: sub, in: data, from: start) {
            total += 1
            start = found + sub.count
        }
        return .int(total)
    }

    static func split(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let data = receiver(args)
        let limit = try interpreter.intArgument(args["maxsplit"])
        var parts: [[UInt8]] = []
        if args["sep"].isNone {
            var i = 0
            while i < data.count {
                while i < data.count && asciiWhitespace.contains(data[i]) { i += 1 }
                guard i < data.count else { break }
                if limit >= 0 && parts.count == limit {
                    parts.append(Array(data[i...]))
                    break
                }
                var j = i
                while j < data.count && !asciiWhitespace.contains(data[j]) { j += 1 }
                parts.append(Array(data[i..<j]))
                i = j
            }
        } else {
            let separator = try required(args["sep"])
            guard !separator.isEmpty else { throw PyException(BuiltinTypes.valueError, "empty separator") }
            var start = 0
            while limit < 0 || parts.count < limit, let found = index(of: separator, in: data, from: start) {
                parts.append(Array(data[start..<found]))
                start = found + separator.count
            }
            parts.append(Array(data[start...]))
        }
        return .object(PyList(parts.map { .object(PyBytes($0)) }))
    }

    static func strip(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let data = receiver(args)
        let removed = args["bytes"].isNone ? asciiWhitespace : Set(try required(args["bytes"]))
        var start = 0, end = data.count
        while start < end && removed.contains(data[start]) { start += 1 }
        while end > start && removed.contains(data[end - 1]) { end -= 1 }
        return .object(PyBytes(Array(data[start..<end])))
    }

    static func replace(_ interpreter: Interpreter, _ args: BoundArguments) throws -> Value {
        let data = receiver(args)
        let old = try required(args["old"]), new = try required(args["new"])
        let limit = try interpreter.intArgument(args["count"])
        var result: [UInt8] = []
        var start = 0, done = 0
        if old.isEmpty {
            // Like str.replace: the new bytes go before every byte and at the end.
            for byte in data {
                if limit >= 0 && done >= limit { result.append(byte); continue }
                result.append(contentsOf: new)
                result.append(byte)
                done += 1
            }
            if limit < 0 || done < limit { result.append(contentsOf: new) }
            return .object(PyBytes(result))
        }
        while limit < 0 || done < limit, let found = index(of: old, in: data, from: start) {
            result.append(contentsOf: data[start..<found])
            result.append(contentsOf: new)
            start = found + old.count
            done += 1
        }
        result.append(contentsOf: data[start...])
        try Allocation.check(count: result.count, elementSize: 1)
        return .object(PyBytes(result))
    }
}
