import CEditLine
#if canImport(Glibc)
import Glibc
#endif
import Interpreter
import Kernel

/// The terminal line editor: libedit's native API (emacs keys, Ctrl-R incremental search,
/// history navigation) with Tab bound to the session's completer.
///
/// libedit's own readline emulation would need the completer in a global, since its
/// completion hook receives no context; the native API carries a client-data pointer to this
/// object instead.
final class LineEditor: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// The prompt libedit shows; owned here, read by the prompt callback.
    private var prompt: UnsafeMutablePointer<CChar>
    var completer: Completer?

    init?(programName: String) {
        // libedit decodes typed multibyte characters (UTF-8) by the C library's locale.
        setlocale(LC_CTYPE, "")
        guard let editLine = el_init(programName, stdin, stdout, stderr) else { return nil }
        guard let history = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        prompt = strdup("") ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        tessera_history_set_size(history, 10_000)
        tessera_history_set_unique(history, 1)
        tessera_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        tessera_el_set_prompt(editLine) { editLine in
            guard let editLine, let data = tessera_el_get_client_data(editLine) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().prompt
        }
        tessera_el_set_editor(editLine, "emacs")
        // libedit restores the terminal on signals and passes SIGINT on to our handler.
        tessera_el_set_signal(editLine, 1)
        tessera_el_set_history(editLine, history)
        tessera_el_add_function(editLine, "tessera-complete", "Complete names, attributes, keys and paths") { editLine, _ in
            guard let editLine, let data = tessera_el_get_client_data(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
        }
        tessera_el_bind(editLine, "^I", "tessera-complete")
        tessera_el_add_function(editLine, "tessera-paste", "Take bracketed-paste text as one piece") { editLine, _ in
            guard let editLine, let data = tessera_el_get_client_data(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().paste()
        }
        tessera_el_bind(editLine, "\\e[200~", "tessera-paste")
        tessera_el_bind(editLine, "^R", "em-inc-search-prev")
        // The user's ~/.editrc may rebind keys.
        el_source(editLine, nil)
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(prompt)
    }

    /// Adds earlier sessions' lines, so up-arrow reaches them.
    func preload(_ entries: [HistoryStore.Entry]) {
        for entry in entries {
            for line in entry.source.split(separator: "\n") where !line.allSatisfy({ $0 == " " }) {
                tessera_history_enter(history, String(line))
            }
        }
    }

    func readLine(prompt text: String) -> LineInput {
        free(prompt)
        prompt = strdup(text) ?? prompt
        _ = InterruptSignal.takePending()
        var count: Int32 = 0
        pasted = nil
        // Bracketed paste on while editing (the terminal marks pasted text with ESC[200~ and
        // ESC[201~), off while cells run.
        FileOutput.standardOutput.write(LineEditor.bracketedPasteOn)
        defer { FileOutput.standardOutput.write(LineEditor.bracketedPasteOff) }
        guard let raw = el_gets(editLine, &count), count > 0 else {
            FileOutput.standardOutput.write("\n")
            return InterruptSignal.takePending() ? .interrupted : .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        if InterruptSignal.takePending() {
            FileOutput.standardOutput.write("\n")
            return .interrupted
        }
        if let pasted {
            let text = line + pasted
            echoPaste(text)
            for pastedLine in text.split(separator: "\n") where !pastedLine.allSatisfy({ $0 == " " }) {
                tessera_history_enter(history, String(pastedLine))
            }
            return .paste(text)
        }
        if !line.allSatisfy({ $0 == " " || $0 == "\t" }) { tessera_history_enter(history, line) }
        return .line(line)
    }

    static let bracketedPasteOn = "\u{1b}[?2004h"
    static let bracketedPasteOff = "\u{1b}[?2004l"
    /// Text of several lines pasted at the prompt, taken whole by `paste()`.
    private var pasted: String?

    /// ESC[200~: reads the pasted text up to ESC[201~. A single line is inserted as if typed;
    /// several lines end the edit, and `readLine` returns them as one paste.
    private func paste() -> UInt8 {
        var scalars: [Unicode.Scalar] = []
        let end = Array("\u{1b}[201~".unicodeScalars)
        var character: wchar_t = 0
        while el_wgetc(editLine, &character) == 1 {
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: character)) else { continue }
            scalars.append(scalar)
            if scalars.count >= end.count && Array(scalars.suffix(end.count)) == end {
                scalars.removeLast(end.count)
                break
            }
        }
        // Terminals send a pasted newline as CR.
        let text = String(String.UnicodeScalarView(scalars)).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        if !text.contains("\n") {
            el_insertstr(editLine, text)
            return UInt8(CC_REFRESH)
        }
        pasted = text
        // Ends the edit as Enter does (libedit returns no line for a bare CC_NEWLINE on an
        // empty buffer): the newline goes through the usual binding.
        el_push(editLine, "\n")
        return UInt8(CC_NORM)
    }

    /// Shows a paste as the transcript would: the first line on the prompt's line (libedit has
    /// moved below it), the others under continuation prompts.
    private func echoPaste(_ text: String) {
        let promptText = String(cString: prompt)
        let continuation = String(repeating: " ", count: max(0, promptText.count - 5)) + "...: "
        var shown = "\u{1b}[A\r\u{1b}[K"
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.count > 1, let last = lines.last, last.allSatisfy({ $0 == " " }) { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            shown += (index == 0 ? promptText : continuation) + line + "\r\n"
        }
        FileOutput.standardOutput.write(shown)
    }

    func accepted(_ source: String) {}

    /// The lines go into libedit's input queue: they appear at the prompt as if typed.
    func prefill(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        el_push(editLine, lines.joined(separator: "\n") + "\n")
    }

    /// Tab: indents at the start of a line; otherwise inserts the candidates' common prefix, or
    /// lists the candidates when there is nothing more to insert.
    private func complete() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor else { return UInt8(CC_ERROR) }
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self)
        if before.allSatisfy({ $0 == " " || $0 == "\t" }) {
            el_insertstr(editLine, "    ")
            return UInt8(CC_REFRESH)
        }
        guard let completer else { return UInt8(CC_ERROR) }
        let completion = completer.complete(before)
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = completion.commonPrefix
        if common.count > completion.fragment.count {
            el_insertstr(editLine, String(common.dropFirst(completion.fragment.count)))
            return UInt8(CC_REFRESH)
        }
        if completion.candidates.count == 1 { return UInt8(CC_REFRESH) }
        FileOutput.standardOutput.write("\r\n" + LineEditor.columns(completion.candidates) )
        return UInt8(CC_REDISPLAY)
    }

    /// Candidates in columns across an 80-character line.
    static func columns(_ items: [String]) -> String {
        let width = (items.map(\.count).max() ?? 0) + 2
        let perLine = max(1, 80 / width)
        var out = ""
        for (i, item) in items.enumerated() {
            out += item + String(repeating: " ", count: width - item.count)
            if i % perLine == perLine - 1 || i == items.count - 1 { out += "\r\n" }
        }
        return out
    }
}
