import CZMQ
import Foundation
import Interpreter
import Kernel

/// A Jupyter kernel over ZeroMQ (messaging protocol 5.3, as ipykernel speaks it).
///
/// Three threads: the heartbeat echoes on its own REP socket, so a front end sees the kernel
/// alive while a cell runs; the I/O thread owns the shell, control, stdin and iopub sockets,
/// answers control requests at once (`interrupt_request`, `shutdown_request`, `kernel_info` on
/// control) and queues shell requests; the caller's thread (an `InterpreterThread`) runs the
/// session, one shell request at a time, in `serve`.
public final class KernelServer {
    public struct Identity {
        /// `implementation_version` in `kernel_info_reply`.
        public var version: String
        public var banner: String

        public init(version: String, banner: String) {
            self.version = version
            self.banner = banner
        }
    }

    let connection: ConnectionInfo
    let identity: Identity
    let mailbox = KernelMailbox()
    let log: (String) -> Void
    private let context: ZMQContext
    private let shell: ZMQSocket
    private let control: ZMQSocket
    private let stdin: ZMQSocket
    private let iopub: ZMQSocket
    private let heartbeat: ZMQSocket
    private let session = UUID().uuidString.lowercased()
    private let startLock = NSLock()
    private var started = false
    /// Signalled by the I/O thread once the last messages are sent after a shutdown.
    private let ioFinished = DispatchSemaphore(value: 0)
    /// The flag the interpreter polls; `interrupt_request` sets it while a cell runs.
    private var interruptFlag: UnsafeMutablePointer<Int32>?
    /// Whether a cell is running (set by the interpreter thread, read by the I/O thread).
    private let executingLock = NSLock()
    private var executingCell = false
    var executing: Bool {
        get { executingLock.lock(); defer { executingLock.unlock() }; return executingCell }
        set { executingLock.lock(); executingCell = newValue; executingLock.unlock() }
    }

    /// Binds the five sockets of the connection file.
    public init(connection: ConnectionInfo, listeners: InheritedListeners = InheritedListeners(), identity: Identity,
                log: @escaping (String) -> Void = { FileOutput.standardError.write("tessera kernel: " + $0 + "\n") }) throws {
        guard connection.signatureScheme == "hmac-sha256" || connection.key.isEmpty else {
            throw ZMQError(description: "unsupported signature scheme \(connection.signatureScheme) (tessera signs with hmac-sha256)")
        }
        self.connection = connection
        self.identity = identity
        self.log = log
        context = try ZMQContext()
        shell = try context.socket(ZMQ_ROUTER)
        control = try context.socket(ZMQ_ROUTER)
        stdin = try context.socket(ZMQ_ROUTER)
        iopub = try context.socket(ZMQ_XPUB)
        heartbeat = try context.socket(ZMQ_REP)
        // Every subscription reaches the kernel (not only the first for a topic), so every
        // new subscriber gets its own `iopub_welcome`.
        iopub.setOption(ZMQ_XPUB_VERBOSE, 1)
        var listeners = listeners
        let sockets = [(shell, connection.shellPort), (control, connection.controlPort), (stdin, connection.stdinPort),
                       (iopub, connection.iopubPort), (heartbeat, connection.hbPort)]
        for (socket, port) in sockets {
            if connection.transport == "tcp", let fd = listeners.take(port: port) {
                socket.setOption(ZMQ_USE_FD, fd)
            }
            try socket.bind(connection.endpoint(port))
        }
    }

    func makeCodec() -> WireCodec {
        WireCodec(signer: MessageSigner(key: connection.key), session: session)
    }

    /// Starts answering the front end: the heartbeat, the I/O thread (`kernel_info` and control
    /// requests need no session) and the watch on the parent process. A front end waits for
    /// the first `kernel_info` reply before it sends cells, so the executable calls this before
    /// it makes the session; `serve` calls it when it has not been.
    public func start(environment: [String: String] = ProcessInfo.processInfo.environment) {
        startLock.lock()
        defer { startLock.unlock() }
        guard !started else { return }
        started = true
        let beat = heartbeat
        let heartbeatThread = Thread { KernelServer.echo(beat) }
        heartbeatThread.name = "jupyter-heartbeat"
        heartbeatThread.start()
        let ioThread = Thread { [self] in ioLoop() }
        ioThread.name = "jupyter-io"
        ioThread.start()
        ParentWatch.start(environment: environment, log: log)
    }

    /// Runs the kernel: handles shell requests on the calling thread (an interpreter thread)
    /// until a shutdown request. Returns the process exit status.
    ///
    /// - Parameter workspaceHome: where the variables are saved after each cell for the next
    ///   kernel of the same notebook (`%restore`); nil saves nothing. Only a kernel that knows
    ///   its notebook saves: Jupyter Server names it in `JPY_SESSION_NAME`. A kernel run by
    ///   nbclient or a console has no notebook to key the file on, and a batch run would pay
    ///   for a save after every cell that nobody restores.
    public func serve(_ session: Session, workspaceHome: String? = nil,
                      environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        interruptFlag = session.interruptFlag
        start(environment: environment)
        var workspace: KernelWorkspace?
        if let workspaceHome, let notebook = environment["JPY_SESSION_NAME"], !notebook.isEmpty {
            workspace = KernelWorkspace(home: workspaceHome, key: notebook, log: log)
        }
        let requests = ShellRequestHandler(server: self, session: session, workspace: workspace)
        while let request = mailbox.nextRequest() {
            requests.handle(request)
        }
        // Shutting down: the I/O thread sends what this thread queued last (the interrupted
        // cell's reply), then lets the process end.
        mailbox.finishInterpreter()
        ioFinished.wait()
        return ExitStatus.success
    }

    /// The heartbeat: every message comes straight back.
    private static func echo(_ socket: ZMQSocket) {
        while true {
            guard let frames = socket.receive() else { continue }
            socket.send(frames)
        }
    }

    // MARK: the I/O thread

    private func ioLoop() {
        let codec = makeCodec()
        var poller = ZMQPoller([.socket(shell), .socket(control), .socket(stdin), .socket(iopub), .descriptor(mailbox.wakeRead)])
        var shuttingDown = false
        while true {
            let due = mailbox.streamDue(codec: codec)
            let ready = poller.poll(milliseconds: due.map { max(1, Int($0 * 1000)) } ?? -1)
            for index in ready {
                switch index {
                case 0: while let frames = shell.receive(wait: false) { shuttingDown = receive(frames, on: .shell, codec: codec) || shuttingDown }
                case 1: while let frames = control.receive(wait: false) { shuttingDown = receive(frames, on: .control, codec: codec) || shuttingDown }
                case 2: while let frames = stdin.receive(wait: false) { receiveInput(frames, codec: codec) }
                case 3: while let frames = iopub.receive(wait: false) { welcome(frames, codec: codec) }
                default: break
                }
            }
            _ = mailbox.streamDue(codec: codec)
            for (channel, frames) in mailbox.takeOutgoing() {
                socket(for: channel).send(frames)
            }
            if shuttingDown {
                finishShutdown(poller: &poller, codec: codec)
                return
            }
        }
    }

    /// After `shutdown_request`: a running cell was interrupted; its reply and last outputs still
    /// go out while the interpreter thread winds down. The process ends as soon as that thread
    /// is done, or after 3 s if a cell is stuck in native code that does not see the interrupt.
    private func finishShutdown(poller: inout ZMQPoller, codec: WireCodec) {
        mailbox.stop()
        let deadline = Date(timeIntervalSinceNow: 3)
        var finished = false
        while !finished && Date() < deadline {
            _ = poller.poll(milliseconds: 20)
            finished = mailbox.interpreterFinished
            mailbox.flushStream(codec: codec)
            for (channel, frames) in mailbox.takeOutgoing() {
                socket(for: channel).send(frames)
            }
        }
        // libzmq sends from its own thread: give it a moment to put the last replies on the
        // wire before the process ends (the sockets have no linger).
        Thread.sleep(forTimeInterval: 0.05)
        if finished {
            ioFinished.signal()
        } else {
            exit(ExitStatus.success)
        }
    }

    private func socket(for channel: Channel) -> ZMQSocket {
        switch channel {
        case .shell: return shell
        case .control: return control
        case .stdin: return stdin
        case .iopub: return iopub
        }
    }

    /// Verifies and routes one request; returns true for a shutdown request.
    private func receive(_ frames: [Data], on channel: Channel, codec: WireCodec) -> Bool {
        let message: IncomingMessage
        do {
            message = try codec.decode(frames)
        } catch {
            log("rejected a message on \(channel): \(error)")
            return false
        }
        switch message.msgType {
        case "shutdown_request":
            let request = message.decode(ShutdownContent.self) ?? ShutdownContent(restart: false)
            publishStatus("busy", parent: message, codec: codec)
            reply(message, on: channel, "shutdown_reply", ShutdownContent(restart: request.restart), codec: codec)
            publishStatus("idle", parent: message, codec: codec)
            if executing { interruptFlag?.pointee = 1 }
            return true
        case "interrupt_request":
            // Only a running cell is interrupted; while idle there is nothing to stop.
            if executing { interruptFlag?.pointee = 1 }
            reply(message, on: channel, "interrupt_reply", StatusOnlyReply(status: "ok"), codec: codec)
        case "kernel_info_request" where channel == .control || mailbox.shellIdle:
            // The reply needs no session, so a shell request with nothing ahead of it is
            // answered here too: at start, the front end hears the kernel is ready while the
            // interpreter thread is still making the session (the first cell waits for it).
            publishStatus("busy", parent: message, codec: codec)
            reply(message, on: channel, "kernel_info_reply", kernelInfo, codec: codec)
            publishStatus("idle", parent: message, codec: codec)
        default:
            if channel == .shell {
                mailbox.enqueue(message)
            } else {
                // debug_request and the like: this kernel has no debugger.
                log("ignored \(message.msgType) on control")
            }
        }
        return false
    }

    private func receiveInput(_ frames: [Data], codec: WireCodec) {
        do {
            let message = try codec.decode(frames)
            guard message.msgType == "input_reply", let reply = message.decode(InputReply.self) else {
                log("ignored \(message.msgType) on stdin")
                return
            }
            mailbox.deliverInput(reply.value)
        } catch {
            log("rejected a message on stdin: \(error)")
        }
    }

    /// XPUB passes subscriptions up as `\u{1}topic`: each gets an `iopub_welcome`, so a front end
    /// knows when its subscription is live and no `status` it waits for is lost.
    private func welcome(_ frames: [Data], codec: WireCodec) {
        guard let frame = frames.first, frame.first == 1 else { return }
        let topic = String(decoding: frame.dropFirst(), as: UTF8.self)
        mailbox.send(.iopub, codec.encode("iopub_welcome", WelcomeContent(subscription: topic), parent: nil,
                                          identities: [frame.dropFirst()]), codec: codec)
    }

    // MARK: sending (any thread, each with its own codec)

    var kernelInfo: KernelInfo.Reply {
        KernelInfo.Reply(implementation_version: identity.version, banner: identity.banner)
    }

    func reply<Content: Encodable>(_ request: IncomingMessage, on channel: Channel, _ type: String, _ content: Content, codec: WireCodec) {
        mailbox.send(channel, codec.encode(type, content, parent: request, identities: request.identities), codec: codec)
    }

    func publish<Content: Encodable>(_ type: String, _ content: Content, parent: IncomingMessage, codec: WireCodec) {
        mailbox.send(.iopub, codec.encode(type, content, parent: parent, identities: [Data("kernel.\(session).\(type)".utf8)]), codec: codec)
    }

    func publishStatus(_ state: String, parent: IncomingMessage, codec: WireCodec) {
        publish("status", StatusContent(execution_state: state), parent: parent, codec: codec)
    }
}
