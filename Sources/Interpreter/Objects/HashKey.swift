/// A dictionary or set key with Python's equality and hashing: `1`, `1.0` and `True` are the same
/// key; strings and tuples compare by value; other objects by identity. Build one with
/// `Interpreter.hashKey(_:)`, which rejects unhashable values (lists, dicts, sets).
public struct HashKey: Hashable {
    public let value: Value
    /// For instances of classes with their own `__hash__`: the hash it returned, and the
    /// interpreter to call their `__eq__`.
    let custom: CustomHash?

    public init(_ value: Value) {
        self.value = value
        self.custom = nil
    }

    init(_ value: Value, custom: CustomHash) {
        self.value = value
        self.custom = custom
    }

    public func hash(into hasher: inout Hasher) {
        if let custom {
            hasher.combine(custom.hash)
            return
        }
        switch value {
        case .none, .unset: hasher.combine(0x5EED)
        case .bool(let b): hasher.combine(b ? 1 : 0)
        case .int(let i): hasher.combine(i)
        case .float(let d):
            if d.rounded() == d, let i = Int(exactly: d) { hasher.combine(i) } else { hasher.combine(d) }
        case .object(let o):
            if let s = o as? PyStr {
                hasher.combine(s.value)
            } else if let t = o as? PyTuple {
                hasher.combine(t.items.count)
                for item in t.items { HashKey(item).hash(into: &hasher) }
            } else if let set = o as? PySet, set.isFrozen {
                // Order-independent: combine the element hashes commutatively.
                var total = 0
                for element in set.storage { total &+= element.hashValue }
                hasher.combine(total)
            } else {
                hasher.combine(ObjectIdentifier(o))
            }
        }
    }

    public static func == (lhs: HashKey, rhs: HashKey) -> Bool {
        if let interpreter = lhs.custom?.interpreter ?? rhs.custom?.interpreter {
            if lhs.value.isIdentical(to: rhs.value) { return true }
            return (try? interpreter.equals(lhs.value, rhs.value)) ?? false
        }
        return keysEqual(lhs.value, rhs.value)
    }

    static func keysEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .float(y)), let (.float(y), .int(x)): return Double(x) == y && Int(exactly: y) == x
        case let (.bool(x), .int(y)), let (.int(y), .bool(x)): return (x ? 1 : 0) == y
        case let (.bool(x), .float(y)), let (.float(y), .bool(x)): return (x ? 1.0 : 0.0) == y
        case let (.object(x), .object(y)):
            if x === y { return true }
            if let s = x as? PyStr, let t = y as? PyStr { return s.value == t.value }
            if let s = x as? PyTuple, let t = y as? PyTuple {
                return s.items.count == t.items.count && zip(s.items, t.items).allSatisfy { keysEqual($0, $1) }
            }
            if let s = x as? PySet, let t = y as? PySet, s.isFrozen, t.isFrozen { return s.storage == t.storage }
            return false
        default: return false
        }
    }
}

/// The user-defined hash of a key and the interpreter that can compare it.
final class CustomHash {
    let hash: Int
    unowned let interpreter: Interpreter

    init(hash: Int, interpreter: Interpreter) {
        self.hash = hash
        self.interpreter = interpreter
    }
}
