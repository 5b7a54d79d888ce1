import CEditLine
#if canImport(Glibc)
import Glibc
#endif
import Interpreter
import Kernel

/// The terminal line editor: libedit's native API (emacs keys, history navigation) with Tab
/// bound to the session's completer and Ctrl-R to a reverse search drawn as readline and IPython
/// draw it (libedit's own search leaves escape sequences of arrow keys in the line).
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
        tessera_el_add_function(editLine, "tessera-reverse-search", "Search the history backwards as you type") { editLine, _ in
            guard let editLine, let data = tessera_el_get_client_data(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().reverseSearch()
        }
        tessera_el_bind(editLine, "^R", "tessera-reverse-search")
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
                remember(String(line))
            }
        }
    }

    /// The history's lines, oldest first, as libedit keeps them (a line equal to the one before
    /// is not added again), for the reverse search.
    private var historyLines: [String] = []

    private func remember(_ line: String) {
        tessera_history_enter(history, line)
        if historyLines.last != line { historyLines.append(line) }
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
                remember(String(pastedLine))
            }
            return .paste(text)
        }
        if !line.allSatisfy({ $0 == " " || $0 == "\t" }) { remember(line) }
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

    /// Ctrl-R: searches the history as the user types, on the prompt's line. Enter runs the
    /// match; any other control key or an arrow ends the search with the match in the line and
    /// then does what it does (the key goes back into libedit's input); Ctrl-G or Ctrl-C
    /// restores the line as it was.
    private func reverseSearch() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let end = info.lastchar else { return UInt8(CC_ERROR) }
        let original = String(decoding: UnsafeRawBufferPointer(start: buffer, count: end - buffer), as: UTF8.self)
        var search = ReverseHistorySearch(lines: historyLines)
        FileOutput.standardOutput.write("\r\u{1b}[K" + search.prompt)
        var chosen: String?
        var replay = ""
        var character: wchar_t = 0
        reading: while el_wgetc(editLine, &character) == 1 {
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: character)) else { continue }
            switch scalar.value {
            case 0x12: search.older()
            case 0x7f, 0x08: search.undo()
            case 0x07, 0x03: break reading
            case 0x0d, 0x0a:
                chosen = search.match ?? original
                replay = "\n"
                break reading
            case 0x1b:
                chosen = search.match ?? original
                replay = "\u{1b}" + readEscapeSequence()
                break reading
            case 0..<0x20:
                chosen = search.match ?? original
                replay = String(Character(scalar))
                break reading
            default: search.append(String(Character(scalar)))
            }
            FileOutput.standardOutput.write("\r\u{1b}[K" + search.prompt)
        }
        FileOutput.standardOutput.write("\r\u{1b}[K")
        let line = chosen ?? original
        // libedit counts characters (code points): to the end of the line, then all of it.
        let cursor = info.cursor ?? end
        let total = original.unicodeScalars.count
        let beforeCursor = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self).unicodeScalars.count
        el_cursor(editLine, Int32(total - beforeCursor))
        el_deletestr(editLine, Int32(total))
        el_insertstr(editLine, line)
        if !replay.isEmpty { el_push(editLine, replay) }
        return UInt8(CC_REDISPLAY)
    }

    /// The rest of an escape sequence after ESC (an arrow key is ESC [ D): CSI and SS3
    /// sequences up to their final byte; otherwise the one key after ESC.
    private func readEscapeSequence() -> String {
        var text = ""
        var character: wchar_t = 0
        guard el_wgetc(editLine, &character) == 1, let first = Unicode.Scalar(UInt32(bitPattern: character)) else { return text }
        text.unicodeScalars.append(first)
        guard first == "[" || first == "O" else { return text }
        while el_wgetc(editLine, &character) == 1, let next = Unicode.Scalar(UInt32(bitPattern: character)) {
            text.unicodeScalars.append(next)
            if (0x40...0x7e).contains(next.value) { break }
        }
        return text
    }

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
