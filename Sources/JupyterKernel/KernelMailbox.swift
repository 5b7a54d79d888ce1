import Foundation

/// Which socket a message leaves on.
enum Channel {
    case shell, control, stdin, iopub
}

/// What the I/O thread and the interpreter thread hand each other. libzmq sockets belong to one
/// thread, so only the I/O thread touches them: the interpreter thread puts outgoing messages
/// here and wakes the I/O thread through a pipe that its poll watches; the I/O thread puts shell
/// requests and input replies here for the interpreter thread. One lock orders everything, so
/// messages leave in the order the code produced them.
final class KernelMailbox: @unchecked Sendable {
    private let lock = NSCondition()
    private var outgoing: [(Channel, [Data])] = []
    private var requests: [IncomingMessage] = []
    private var stopping = false
    private var interpreterDone = false
    /// Whether the interpreter thread is handling a shell request (false while it waits for one,
    /// and while the session is still being made at start).
    private var interpreterBusy = false
    private var inputReply: String?
    /// The pipe the I/O thread polls: a byte written here wakes it.
    let wakeRead: Int32
    private let wakeWrite: Int32

    /// Stdout/stderr text not yet sent: a chatty loop becomes a few `stream` messages instead of
    /// thousands (jupyter_server drops output past its rate limit).
    private var pendingStream: (name: String, text: String, parent: IncomingMessage)?
    private var pendingStreamSince = 0.0
    static let streamDelay = 0.05
    static let streamLimit = 1 << 16

    init() {
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        wakeRead = fds[0]
        wakeWrite = fds[1]
        _ = fcntl(wakeRead, F_SETFL, fcntl(wakeRead, F_GETFL) | O_NONBLOCK)
        _ = fcntl(wakeWrite, F_SETFL, fcntl(wakeWrite, F_GETFL) | O_NONBLOCK)
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    // MARK: outgoing (any thread puts, the I/O thread takes)

    /// Queues a message, after any stream text produced before it.
    func send(_ channel: Channel, _ frames: [Data], codec: WireCodec) {
        lock.lock()
        flushStreamLocked(codec: codec)
        outgoing.append((channel, frames))
        lock.unlock()
        wake()
    }

    /// Adds stream text; it is sent when another message follows, when it has waited
    /// `streamDelay`, or when it grows past `streamLimit`.
    func appendStream(name: String, text: String, parent: IncomingMessage, codec: WireCodec) {
        lock.lock()
        if let pending = pendingStream, pending.name != name || pending.parent.header.msgID != parent.header.msgID {
            flushStreamLocked(codec: codec)
        }
        let started = pendingStream == nil
        if started {
            pendingStream = (name, text, parent)
            pendingStreamSince = Date().timeIntervalSinceReferenceDate
        } else {
            pendingStream?.text += text
        }
        let full = (pendingStream?.text.utf8.count ?? 0) >= KernelMailbox.streamLimit
        if full { flushStreamLocked(codec: codec) }
        lock.unlock()
        if started || full { wake() }
    }

    func flushStream(codec: WireCodec) {
        lock.lock()
        flushStreamLocked(codec: codec)
        lock.unlock()
        wake()
    }

    private func flushStreamLocked(codec: WireCodec) {
        guard let pending = pendingStream else { return }
        pendingStream = nil
        outgoing.append((.iopub, codec.encode("stream", StreamContent(name: pending.name, text: pending.text),
                                              parent: pending.parent, identities: [Data("kernel.stream".utf8)])))
    }

    /// Seconds until buffered stream text is due (nil: none buffered); sends it when due.
    func streamDue(codec: WireCodec) -> Double? {
        lock.lock()
        defer { lock.unlock() }
        guard pendingStream != nil else { return nil }
        let left = pendingStreamSince + KernelMailbox.streamDelay - Date().timeIntervalSinceReferenceDate
        if left <= 0 {
            flushStreamLocked(codec: codec)
            return nil
        }
        return left
    }

    /// Everything queued for sending, in order.
    func takeOutgoing() -> [(Channel, [Data])] {
        var drained = [UInt8](repeating: 0, count: 256)
        while read(wakeRead, &drained, drained.count) > 0 {}
        lock.lock()
        defer { lock.unlock() }
        let taken = outgoing
        outgoing.removeAll()
        return taken
    }

    // MARK: requests (the I/O thread puts, the interpreter thread takes)

    func enqueue(_ request: IncomingMessage) {
        lock.lock()
        requests.append(request)
        lock.signal()
        lock.unlock()
    }

    /// Asks the interpreter loop to end after the request it is handling.
    func stop() {
        lock.lock()
        stopping = true
        lock.broadcast()
        lock.unlock()
    }

    /// The interpreter thread has handled its last request (after `stop`).
    func finishInterpreter() {
        lock.lock()
        interpreterDone = true
        lock.unlock()
        wake()
    }

    var interpreterFinished: Bool {
        lock.lock()
        defer { lock.unlock() }
        return interpreterDone
    }

    /// The next shell request, waiting for one; nil once the kernel is stopping.
    func nextRequest() -> IncomingMessage? {
        lock.lock()
        defer { lock.unlock() }
        interpreterBusy = false
        while requests.isEmpty && !stopping { lock.wait() }
        if stopping { return nil }
        interpreterBusy = true
        return requests.removeFirst()
    }

    /// Whether a shell request would be handled at once: nothing queued, nothing running.
    var shellIdle: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requests.isEmpty && !interpreterBusy
    }

    /// The requests already queued (a failed cell aborts them, as ipykernel does).
    func takeQueuedRequests() -> [IncomingMessage] {
        lock.lock()
        defer { lock.unlock() }
        let taken = requests
        requests.removeAll()
        return taken
    }

    // MARK: input() (the I/O thread delivers, the interpreter thread waits)

    func deliverInput(_ value: String) {
        lock.lock()
        inputReply = value
        lock.broadcast()
        lock.unlock()
    }

    func clearInput() {
        lock.lock()
        inputReply = nil
        lock.unlock()
    }

    /// Waits for the front end's `input_reply`, checking `interrupted` every 50 ms so Ctrl-C
    /// ends the wait; nil when interrupted or stopping.
    func waitForInput(interrupted: () -> Bool) -> String? {
        lock.lock()
        defer { lock.unlock() }
        while inputReply == nil && !stopping {
            if interrupted() { return nil }
            _ = lock.wait(until: Date(timeIntervalSinceNow: 0.05))
        }
        let value = inputReply
        inputReply = nil
        return value
    }
}
