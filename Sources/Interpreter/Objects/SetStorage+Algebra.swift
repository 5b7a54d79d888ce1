/// The other operand of a set operation, hashed once: a set or frozenset (its table as it is),
/// an exact dict (its keys; CPython sizes the table for them up front), or the keys of any
/// other iterable in iteration order.
enum SetOperand {
    case set(PySet)
    case dict(PyDict)
    case keys([HashKey])

    /// Whether comparing these keys may run Python code (`__eq__` of a class with `__hash__`).
    var hasCustomKeys: Bool {
        switch self {
        case .set(let s): return s.storage.hasCustomKeys
        case .dict(let d): return d.storage.keys.contains { $0.custom != nil }
        case .keys(let keys): return keys.contains { $0.custom != nil }
        }
    }

    /// Whether this operand is the set `s` itself (`s.update(s)`, `s - s`, ...).
    func isIdentical(to s: PySet) -> Bool {
        if case .set(let t) = self { return t === s }
        return false
    }
}

/// CPython's set algebra (Objects/setobject.c), step for step, so results hold their keys in the
/// same slots (and iterate in the same order) as CPython's.
extension SetStorage {
    /// A new set's storage with the keys of `operand` (`set(x)`, CPython's set_update_internal
    /// into an empty set).
    init(_ operand: SetOperand) {
        self.init()
        update(operand)
    }

    /// `s.update(x)`: merges a set, adds a dict's keys after sizing the table for them, adds
    /// other keys one by one.
    mutating func update(_ operand: SetOperand) {
        switch operand {
        case .set(let other):
            formUnion(other.storage)
        case .dict(let dict):
            reserve(incoming: dict.storage.count)
            for key in dict.storage.keys { insert(key) }
        case .keys(let keys):
            for key in keys { insert(key) }
        }
    }

    /// `a & b` for two sets: walks the smaller (`b` when the sizes are equal) and keeps its
    /// keys, so `{0} & {False}` is `{False}`.
    static func intersection(_ a: SetStorage, _ b: SetStorage) -> SetStorage {
        let (probed, walked) = b.count > a.count ? (b, a) : (a, b)
        var result = SetStorage()
        walked.forEachEntry { key, hash in
            if probed.contains(key, hash: hash) { result.insert(key, hash: hash) }
        }
        return result
    }

    /// `a.intersection(x)` (not `a.intersection(a)`, which is a copy).
    func intersection(_ operand: SetOperand) -> SetStorage {
        switch operand {
        case .set(let other):
            return Self.intersection(self, other.storage)
        case .dict(let dict):
            return intersection(keys: dict.storage.keys)
        case .keys(let keys):
            return intersection(keys: keys)
        }
    }

    /// The keys of an iterable that are in this set, in the iterable's order (and the
    /// iterable's objects); stops once all of this set's keys were found.
    func intersection(keys: [HashKey]) -> SetStorage {
        var result = SetStorage()
        for key in keys {
            let hash = key.pythonHash
            if contains(key, hash: hash) {
                result.insert(key, hash: hash)
                if result.count >= count { break }
            }
        }
        return result
    }

    /// `a - x`: this set's keys not in `x`, built by walking this set, unless `x` is small
    /// (or not a set or dict): then a copy with `x`'s keys removed.
    func difference(_ operand: SetOperand) -> SetStorage {
        let otherCount: Int
        switch operand {
        case .set(let other): otherCount = other.storage.count
        case .dict(let dict): otherCount = dict.storage.count
        case .keys: return copyAndDifference(operand)
        }
        if count >> 2 > otherCount { return copyAndDifference(operand) }
        var result = SetStorage()
        switch operand {
        case .set(let other):
            let theirs = other.storage
            forEachEntry { key, hash in
                if !theirs.contains(key, hash: hash) { result.insert(key, hash: hash) }
            }
        case .dict(let dict):
            forEachEntry { key, hash in
                if dict.storage.index(forKey: key) == nil { result.insert(key, hash: hash) }
            }
        case .keys:
            break
        }
        return result
    }

    private func copyAndDifference(_ operand: SetOperand) -> SetStorage {
        var result = SetStorage()
        result.formUnion(self)
        result.subtract(operand)
        return result
    }

    /// `s.difference_update(x)` (not `s.difference_update(s)`, which clears): removes `x`'s keys
    /// (of a set more than 8 times larger, only those also in this one), then drops the
    /// dummies if they fill more than a quarter of the table.
    mutating func subtract(_ operand: SetOperand) {
        switch operand {
        case .set(let other):
            var theirs = other.storage
            if theirs.count >> 3 > count { theirs = Self.intersection(self, theirs) }
            theirs.forEachEntry { key, hash in remove(key, hash: hash) }
        case .dict(let dict):
            for key in dict.storage.keys { remove(key) }
        case .keys(let keys):
            for key in keys { remove(key) }
        }
        compactIfSparse()
    }

    /// `s.symmetric_difference_update(x)` (not with `s` itself, which clears): each key of `x`
    /// (in its set order; an iterable is made a set first) is removed if present, else added.
    mutating func formSymmetricDifference(_ operand: SetOperand) {
        let theirs: SetStorage
        switch operand {
        case .set(let other):
            theirs = other.storage
        case .dict(let dict):
            for key in dict.storage.keys {
                let hash = key.pythonHash
                if remove(key, hash: hash) == nil { insert(key, hash: hash) }
            }
            return
        case .keys:
            theirs = SetStorage(operand)
        }
        theirs.forEachEntry { key, hash in
            if remove(key, hash: hash) == nil { insert(key, hash: hash) }
        }
    }

    /// `a ^ x`: a set of `x`'s keys, then each of this set's keys toggled in it.
    func symmetricDifference(_ operand: SetOperand) -> SetStorage {
        var result = SetStorage(operand)
        forEachEntry { key, hash in
            if result.remove(key, hash: hash) == nil { result.insert(key, hash: hash) }
        }
        return result
    }

    /// `a <= x` for any iterable `x`.
    func isSubset(of operand: SetOperand) -> Bool {
        if case .set(let other) = operand { return isSubset(of: other.storage) }
        return intersection(operand).count == count
    }

    /// `a >= x` for any iterable `x`.
    func isSuperset(of operand: SetOperand) -> Bool {
        switch operand {
        case .set(let other): return other.storage.isSubset(of: self)
        case .dict(let dict): return dict.storage.keys.allSatisfy { contains($0) }
        case .keys(let keys): return keys.allSatisfy { contains($0) }
        }
    }

    /// No key in common: walks the smaller of two sets, or the iterable.
    func isDisjoint(with operand: SetOperand) -> Bool {
        switch operand {
        case .set(let other):
            let (probed, walked) = other.storage.count > count ? (other.storage, self) : (self, other.storage)
            var disjoint = true
            walked.forEachEntry { key, hash in
                if disjoint && probed.contains(key, hash: hash) { disjoint = false }
            }
            return disjoint
        case .dict(let dict): return !dict.storage.keys.contains { contains($0) }
        case .keys(let keys): return !keys.contains { contains($0) }
        }
    }
}
