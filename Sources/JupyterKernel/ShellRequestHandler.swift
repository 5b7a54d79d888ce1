import Foundation
import Interpreter
import Kernel

/// Answers shell requests on the interpreter thread, one at a time, each between a `busy` and an
/// `idle` status: runs cells and sends their outputs to iopub as the session produces them,
/// and answers completion, inspection, completeness and history from the same session the
/// terminal REPL uses.
final class ShellRequestHandler {
    let server: KernelServer
    let session: Session
    let codec: WireCodec
    /// The execute request whose cell is running: outputs and input requests belong to it.
    private var running: IncomingMessage?
    private var silent = false
    private var allowStdin = false
    /// Set by a successful cell: the workspace is saved once the front end has seen `idle`, so it
    /// is not kept waiting for the file.
    private var saveWorkspaceWhenIdle = false
    /// Help the running cell asked for (`obj?`): it goes back in the reply's `page` payload.
    private var pages: [String] = []

    /// Saves the variables after each cell so a restarted kernel can offer them back.
    let workspace: KernelWorkspace?

    init(server: KernelServer, session: Session, workspace: KernelWorkspace?) {
        self.server = server
        self.session = session
        self.workspace = workspace
        codec = server.makeCodec()
        if let workspace { session.addMagic(workspace.magic) }
        session.outputHandler = { [unowned self] output in self.publish(output) }
        session.displayEventHandler = { [unowned self] event in self.publish(event) }
        session.shellClassName = "ZMQInteractiveShell"
        session.pager = { [unowned self] text in self.pages.append(text) }
        session.interpreter.readLine = { [unowned self] prompt in self.readInput(prompt: prompt) }
    }

    func handle(_ request: IncomingMessage) {
        server.publishStatus("busy", parent: request, codec: codec)
        var stopped: [IncomingMessage] = []
        switch request.msgType {
        case "execute_request":
            stopped = execute(request)
        case "kernel_info_request":
            reply(request, "kernel_info_reply", server.kernelInfo)
        case "complete_request":
            complete(request)
        case "inspect_request":
            inspect(request)
        case "is_complete_request":
            isComplete(request)
        case "history_request":
            history(request)
        case "comm_info_request":
            reply(request, "comm_info_reply", CommInfoReply())
        case "comm_open":
            // No comm targets (widgets): as ipykernel does for an unknown target, the comm is
            // closed at once, so the front end does not wait on it.
            if let open = request.decode(CommOpen.self) {
                server.publish("comm_close", CommClose(comm_id: open.comm_id), parent: request, codec: codec)
            }
        case "comm_msg", "comm_close":
            // Messages for comms that were never opened here: ignored, as ipykernel does.
            break
        default:
            server.log("ignored \(request.msgType) on shell")
        }
        server.publishStatus("idle", parent: request, codec: codec)
        if saveWorkspaceWhenIdle {
            saveWorkspaceWhenIdle = false
            workspace?.save(session)
        }
        // stop_on_error: the cells queued behind a failed one do not run; other requests do.
        for queued in stopped {
            if queued.msgType == "execute_request" {
                abort(queued)
            } else {
                handle(queued)
            }
        }
    }

    private func reply<Content: Encodable>(_ request: IncomingMessage, _ type: String, _ content: Content) {
        server.reply(request, on: .shell, type, content, codec: codec)
    }

    // MARK: execute

    /// Runs a cell. When it fails and asked to stop on error, returns the requests queued
    /// behind it, taken before the reply goes out (a front end may send its next cell as soon
    /// as it sees the reply, and that one must run).
    private func execute(_ request: IncomingMessage) -> [IncomingMessage] {
        let content = request.decode(ExecuteRequest.self) ?? ExecuteRequest()
        let store = content.store_history && !content.silent
        let blank = content.code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        if !content.silent {
            let number = session.executionCount + (store && !blank ? 1 : 0)
            server.publish("execute_input", ExecuteInput(code: content.code, execution_count: number), parent: request, codec: codec)
        }
        running = request
        silent = content.silent
        allowStdin = content.allow_stdin
        pages = []
        if !content.silent, !blank, let notice = workspace?.notice(beforeRunning: content.code) {
            publish(.stream(name: "stderr", text: notice))
        }
        server.executing = true
        let result = session.run(content.code, storeHistory: store)
        server.executing = false
        server.mailbox.flushStream(codec: codec)
        running = nil
        silent = false
        if let error = result.error, result.failed {
            let stopped = content.stop_on_error ? server.mailbox.takeQueuedRequests() : []
            reply(request, "execute_reply", ExecuteReply(status: "error", execution_count: session.executionCount,
                                                         ename: error.name, evalue: error.value, traceback: error.traceback))
            return stopped
        }
        // Help pages, and `exit()` as ipykernel's `ask_exit` (jupyter console quits and shuts the
        // kernel down; notebook front ends ignore it, and so the kernel stays up).
        var payload = pages.map { ExecutePayload.page($0) }
        pages = []
        if case .exitRequested = result.status { payload.append(.askExit) }
        reply(request, "execute_reply", ExecuteReply(status: "ok", execution_count: session.executionCount, payload: payload))
        saveWorkspaceWhenIdle = store && !blank
        return []
    }

    private func abort(_ request: IncomingMessage) {
        server.publishStatus("busy", parent: request, codec: codec)
        reply(request, "execute_reply", ExecuteReply(status: "aborted", execution_count: session.executionCount,
                                                     user_expressions: nil, payload: nil))
        server.publishStatus("idle", parent: request, codec: codec)
    }

    /// Sends one output of the running cell to iopub; stream text is coalesced.
    private func publish(_ output: CellOutput) {
        guard let parent = running, !silent else { return }
        switch output {
        case .stream(let name, let text):
            server.mailbox.appendStream(name: name, text: text, parent: parent, codec: codec)
        case .displayData(let data):
            server.publish("display_data", DisplayContent(data: data.wireBundle, metadata: [:], transient: data.wireTransient),
                           parent: parent, codec: codec)
        case .executeResult(let count, let data):
            server.publish("execute_result", DisplayContent(execution_count: count, data: data.wireBundle, metadata: [:]),
                           parent: parent, codec: codec)
        case .error(let error):
            server.publish("error", ErrorContent(ename: error.name, evalue: error.value, traceback: error.traceback),
                           parent: parent, codec: codec)
        case .unknown:
            break
        }
    }

    /// A display update or `clear_output` of the running cell. An update may name a display of
    /// an earlier cell: the front end finds it by its id.
    private func publish(_ event: DisplayEvent) {
        guard let parent = running, !silent else { return }
        switch event {
        case .update(let data):
            server.publish("update_display_data", DisplayContent(data: data.wireBundle, metadata: [:], transient: data.wireTransient),
                           parent: parent, codec: codec)
        case .clear(let wait):
            server.publish("clear_output", ClearOutputContent(wait: wait), parent: parent, codec: codec)
        }
    }

    /// `input()`: an `input_request` on stdin to the front end that sent the cell, then a wait
    /// for its reply (Ctrl-C ends the wait). Without stdin, input() is EOFError.
    private func readInput(prompt: String) -> String? {
        guard let parent = running, allowStdin else { return nil }
        server.mailbox.clearInput()
        server.reply(parent, on: .stdin, "input_request", InputRequest(prompt: prompt, password: false), codec: codec)
        let flag = session.interruptFlag
        return server.mailbox.waitForInput(interrupted: { flag.pointee != 0 })
    }

    // MARK: the editor's requests

    private func complete(_ request: IncomingMessage) {
        guard let content = request.decode(CompleteRequest.self) else { return }
        let scalars = Array(content.code.unicodeScalars)
        let cursor = min(max(content.cursor_pos ?? scalars.count, 0), scalars.count)
        var before = String(String.UnicodeScalarView(scalars[..<cursor]))
        if let newline = before.lastIndex(of: "\n") { before = String(before[before.index(after: newline)...]) }
        let completion = Completer(session: session).complete(before)
        reply(request, "complete_reply", CompleteReply(matches: completion.candidates,
                                                       cursor_start: cursor - completion.fragment.unicodeScalars.count,
                                                       cursor_end: cursor))
    }

    private func inspect(_ request: IncomingMessage) {
        guard let content = request.decode(InspectRequest.self) else { return }
        let name = ShellRequestHandler.name(in: content.code, at: content.cursor_pos ?? content.code.unicodeScalars.count)
        let text = name.isEmpty ? nil : session.inspection(of: name, detailed: (content.detail_level ?? 0) > 0)
        reply(request, "inspect_reply", InspectReply(found: text != nil, data: text.map { ["text/plain": $0] } ?? [:]))
    }

    /// The dotted name at the cursor, or the one just before an open parenthesis (`f(|`).
    static func name(in code: String, at cursor: Int) -> String {
        let scalars = Array(code.unicodeScalars)
        let isNamePart: (Unicode.Scalar) -> Bool = { $0 == "_" || $0 == "." || CharacterSet.alphanumerics.contains($0) }
        var end = min(max(cursor, 0), scalars.count)
        while end < scalars.count && isNamePart(scalars[end]) { end += 1 }
        var start = min(max(cursor, 0), scalars.count)
        while start > 0 && isNamePart(scalars[start - 1]) { start -= 1 }
        if start == end {
            var back = start
            while back > 0 && (scalars[back - 1] == "(" || scalars[back - 1] == " ") { back -= 1 }
            end = back
            start = back
            while start > 0 && isNamePart(scalars[start - 1]) { start -= 1 }
        }
        let name = String(String.UnicodeScalarView(scalars[start..<end]))
        return name.trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    /// The REPL's rule: a block goes on until a blank or dedented line; open brackets, strings
    /// and `\` continue. The indent offered is the last line's, one level deeper after a `:`.
    private func isComplete(_ request: IncomingMessage) {
        guard let content = request.decode(IsCompleteRequest.self) else { return }
        let scanner = InputScanner(content.code)
        // Code that looks complete but does not compile cannot be fixed by more input:
        // `invalid` (a console then runs it, showing the SyntaxError).
        if scanner.isComplete {
            reply(request, "is_complete_reply", IsCompleteReply(status: session.compiles(content.code) ? "complete" : "invalid"))
            return
        }
        let lastLine = content.code.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        var indent = String(lastLine.prefix { $0 == " " || $0 == "\t" })
        let code = scanner.lines.last?.code.trimmingCharacters(in: .whitespaces) ?? ""
        if code.hasSuffix(":") && scanner.bracketDepth == 0 { indent += "    " }
        reply(request, "is_complete_reply", IsCompleteReply(status: "incomplete", indent: indent))
    }

    private func history(_ request: IncomingMessage) {
        let content = request.decode(HistoryRequest.self) ?? HistoryRequest()
        guard let store = session.history else {
            reply(request, "history_reply", HistoryReply(history: []))
            return
        }
        var entries: [HistoryStore.Entry]
        switch content.hist_access_type ?? "tail" {
        case "range":
            // Session 0 is this one, as in IPython; a negative one counts back from it.
            var sessionID: Int? = nil
            if let wanted = content.session, wanted < 0 {
                sessionID = store.session(before: -wanted) ?? -1
            } else if let wanted = content.session, wanted > 0 {
                sessionID = wanted
            }
            let start = content.start ?? 1
            let stop = content.stop.map { $0 - 1 } ?? Int.max
            entries = start <= stop ? store.lines(session: sessionID, range: start...stop) : []
        case "search":
            entries = store.search(content.pattern ?? "*")
            if content.unique ?? false {
                var seen = Set<String>()
                entries = Array(entries.reversed().filter { seen.insert($0.source).inserted }.reversed())
            }
            if let n = content.n, n >= 0 { entries = Array(entries.suffix(n)) }
        default:
            entries = store.recent(limit: content.n ?? 1000)
        }
        let withOutput = content.output ?? false
        let history = entries.map { entry in
            HistoryEntry(session: entry.session, line: entry.line, source: entry.source,
                         output: withOutput ? .some(outputText(session: entry.session, line: entry.line, store: store)) : nil)
        }
        reply(request, "history_reply", HistoryReply(history: history))
    }

    /// The repr of `Out[line]` for this session's cells; other sessions' outputs are not kept.
    private func outputText(session sessionID: Int, line: Int, store: HistoryStore) -> String? {
        guard sessionID == store.sessionID, let value = session.outputs.storage[HashKey(.int(line))] else { return nil }
        return try? session.interpreter.repr(value)
    }
}

extension DisplayData {
    /// `transient: {display_id}` for a display that can be updated; nil leaves the field out.
    var wireTransient: DisplayContent.Transient? {
        displayID.map { DisplayContent.Transient(display_id: $0) }
    }

    /// The bundle as Jupyter sends it: text as is, binary data (PNG) base64-encoded.
    var wireBundle: [String: String] {
        var bundle: [String: String] = [:]
        for item in items {
            switch item.value {
            case .text(let text): bundle[item.mime] = text
            case .binary(let data): bundle[item.mime] = data.base64EncodedString()
            }
        }
        return bundle
    }
}
