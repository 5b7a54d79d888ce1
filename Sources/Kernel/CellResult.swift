import Interpreter

/// What running one cell produced.
public struct CellResult {
    public enum Status: Equatable {
        case ok
        case error
        /// The cell called `exit()`/`sys.exit()`: front ends stop (the REPL saves and quits).
        case exitRequested(Int32)
    }

    /// The `In [n]` number, or nil when the cell was empty and used no number.
    public var executionCount: Int?
    public var outputs: [CellOutput] = []
    public var status: Status = .ok
    /// Wall-clock seconds.
    public var duration: Double = 0
    /// The value shown as `Out[n]`, if any.
    public var value: Value?

    public var failed: Bool { status == .error }

    /// The error output, if the cell failed.
    public var error: ErrorOutput? {
        for case .error(let e) in outputs { return e }
        return nil
    }

    /// All the text a text-only front end shows, in order (for tests and transcripts).
    public var text: String {
        outputs.compactMap(\.plainText).joined()
    }
}

/// Collects the outputs of the running cell: consecutive writes to the same stream merge into one
/// output (as Jupyter stores them) and every piece is also passed on live, so a long loop's
/// prints appear while it runs.
final class OutputCollector {
    private(set) var outputs: [CellOutput] = []
    let live: ((CellOutput) -> Void)?

    init(live: ((CellOutput) -> Void)?) {
        self.live = live
    }

    func write(stream name: String, _ text: String) {
        guard !text.isEmpty else { return }
        clearIfPending()
        if case .stream(let lastName, let lastText)? = outputs.last, lastName == name {
            outputs[outputs.count - 1] = .stream(name: name, text: lastText + text)
        } else {
            outputs.append(.stream(name: name, text: text))
        }
        live?(.stream(name: name, text: text))
    }

    /// `clear_output(wait=True)`: the outputs go when the next one arrives, so a redrawn
    /// display does not flicker.
    private var clearPending = false

    func append(_ output: CellOutput) {
        clearIfPending()
        outputs.append(output)
        live?(output)
    }

    /// Replaces, in place, every output of this cell shown with `data`'s display id; false when
    /// none has it (the display belongs to an earlier cell).
    @discardableResult
    func update(_ data: DisplayData) -> Bool {
        guard let id = data.displayID else { return false }
        var found = false
        for index in outputs.indices {
            if case .displayData(let shown) = outputs[index], shown.displayID == id {
                outputs[index] = .displayData(data)
                found = true
            }
        }
        return found
    }

    /// `clear_output`: removes this cell's outputs now, or (`wait`) just before the next one.
    func clear(wait: Bool) {
        if wait {
            clearPending = true
        } else {
            outputs.removeAll()
            clearPending = false
        }
    }

    private func clearIfPending() {
        if clearPending {
            outputs.removeAll()
            clearPending = false
        }
    }
}

/// One executed cell, for `%summary`.
public struct CellRecord {
    public var executionCount: Int
    public var source: String
    public var duration: Double
    public var failed: Bool
}
