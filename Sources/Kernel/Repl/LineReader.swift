import Foundation

/// What reading one line of input gave.
public enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the partly typed cell is dropped.
    case interrupted
    /// Ctrl-D, or the end of piped input.
    case endOfInput
    /// Text pasted into a terminal with bracketed paste (several lines, blank ones included),
    /// with what was typed before it on the line: one piece of the cell, as IPython takes a
    /// pasted class with blank lines between its methods.
    case paste(String)
}

/// A source of input lines with prompts: the line editor on a terminal, stdin otherwise.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Called with each cell the REPL accepted (for the editor's in-memory history).
    func accepted(_ source: String)
    /// Puts `lines` in front of the input, as if typed (`%load`'s code on the next prompt).
    func prefill(_ lines: [String])
}

/// Reads lines from a file handle (stdin when it is not a terminal) and echoes each prompt
/// with its line to the output, so a piped session prints the transcript a terminal would show.
public final class PipedLineReader: LineReader {
    let write: (String) -> Void
    let next: () -> String?
    private var queued: [String] = []

    public init(write: @escaping (String) -> Void, next: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }) {
        self.write = write
        self.next = next
    }

    /// Lines from a fixed list (tests).
    public convenience init(lines: [String], write: @escaping (String) -> Void) {
        var remaining = lines[...]
        self.init(write: write) {
            guard let line = remaining.first else { return nil }
            remaining = remaining.dropFirst()
            return line
        }
    }

    public func readLine(prompt: String) -> LineInput {
        let line: String
        if !queued.isEmpty {
            line = queued.removeFirst()
        } else {
            guard let read = next() else { return .endOfInput }
            line = read
        }
        write(prompt + line + "\n")
        return .line(line)
    }

    public func accepted(_ source: String) {}

    public func prefill(_ lines: [String]) { queued = lines + queued }
}
