/// "Did you mean" suggestions for NameError and AttributeError, with CPython 3.11's algorithm
/// (Python/suggestions.c): a Levenshtein distance where a case change costs 1 and other edits 2.
enum Suggestions {
    static let moveCost = 2
    static let caseCost = 1
    static let maxStringSize = 40
    static let maxCandidates = 750

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], maxCost: Int) -> Int {
        var a = a[...], b = b[...]
        while let x = a.first, let y = b.first, x == y { a.removeFirst(); b.removeFirst() }
        while let x = a.last, let y = b.last, x == y { a.removeLast(); b.removeLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if a.count > b.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        var row = (0...a.count).map { $0 * moveCost }
        for (j, y) in b.enumerated() {
            var previous = row[0]
            row[0] = (j + 1) * moveCost
            var minimum = row[0]
            for (i, x) in a.enumerated() {
                let substitution: Int
                if x == y { substitution = 0 }
                else if x.properties.lowercaseMapping == y.properties.lowercaseMapping { substitution = caseCost }
                else { substitution = moveCost }
                let value = min(row[i] + moveCost, row[i + 1] + moveCost, previous + substitution)
                previous = row[i + 1]
                row[i + 1] = value
                minimum = min(minimum, value)
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return row[a.count]
    }

    /// The closest candidate to `name`, or nil.
    static func best(for name: String, among candidates: [String]) -> String? {
        guard candidates.count <= maxCandidates else { return nil }
        let target = Array(name.unicodeScalars)
        var suggestion: String?
        var bestDistance = Int.max
        for candidate in candidates where candidate != name {
            let item = Array(candidate.unicodeScalars)
            var maxDistance = (target.count + item.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let current = distance(target, item, maxCost: maxDistance)
            if current > maxDistance { continue }
            if suggestion == nil || current < bestDistance {
                suggestion = candidate
                bestDistance = current
            }
        }
        return suggestion
    }
}

extension Interpreter {
    /// The names bound in a frame's locals now, for a NameError's later hint.
    func boundLocalNames(_ frame: Frame?) -> [String] {
        guard let frame else { return [] }
        let names = frame.code.localNames
        var bound: [String] = []
        for index in names.indices where !frame.locals[index].isUnset { bound.append(names[index]) }
        return bound
    }

    /// The "Did you mean" hint of an exception, computed from what it captured when raised.
    func suggestion(for exception: PyException) -> String? {
        if let explicit = exception.attributes["_suggestion"]?.stringValue { return explicit }
        switch exception.suggestionSource {
        case .name(let name, let locals, let globals):
            // Locals first, then globals, then builtins, as CPython 3.11 does.
            if let found = Suggestions.best(for: name, among: locals.sorted()) { return found }
            if let globals, let found = Suggestions.best(for: name, among: globals.boundNames.sorted()) { return found }
            return Suggestions.best(for: name, among: builtins.boundNames.sorted())
        case .attribute(let object, let name):
            return Suggestions.best(for: name, among: directory(object))
        case nil:
            return nil
        }
    }
}
