import CZMQ
import Foundation

/// A failed libzmq call, with libzmq's own description of errno.
public struct ZMQError: Error, CustomStringConvertible {
    public let description: String

    static func last(_ what: String) -> ZMQError {
        ZMQError(description: "\(what): \(String(cString: zmq_strerror(zmq_errno())))")
    }
}

/// One libzmq context per kernel process; sockets are made from it.
final class ZMQContext {
    let handle: UnsafeMutableRawPointer

    init() throws {
        guard let handle = zmq_ctx_new() else { throw ZMQError.last("zmq_ctx_new") }
        self.handle = handle
    }

    func socket(_ type: Int32) throws -> ZMQSocket {
        guard let socket = zmq_socket(handle, type) else { throw ZMQError.last("zmq_socket") }
        return ZMQSocket(handle: socket)
    }
}

/// A libzmq socket. Like libzmq's, it is used by one thread at a time: the kernel gives each
/// socket to exactly one thread (the heartbeat its own, every other one the I/O thread).
final class ZMQSocket {
    let handle: UnsafeMutableRawPointer

    init(handle: UnsafeMutableRawPointer) {
        self.handle = handle
        // Close without waiting for unsent messages: a kernel that is told to shut down must not
        // hang on a front end that went away.
        var linger: Int32 = 0
        zmq_setsockopt(handle, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
    }

    deinit { zmq_close(handle) }

    func setOption(_ option: Int32, _ value: Int32) {
        var value = value
        zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size)
    }

    /// Binds to `endpoint`; with port 0 in a tcp endpoint, libzmq picks a free port, and the
    /// endpoint actually bound is returned.
    @discardableResult
    func bind(_ endpoint: String) throws -> String {
        guard zmq_bind(handle, endpoint) == 0 else { throw ZMQError.last("bind \(endpoint)") }
        var buffer = [CChar](repeating: 0, count: 256)
        var size = buffer.count
        zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size)
        return String(cString: buffer)
    }

    /// Sends the frames as one multipart message. Returns false when libzmq refused (a ROUTER
    /// whose peer is gone drops silently; an interrupted call is retried).
    @discardableResult
    func send(_ frames: [Data]) -> Bool {
        for (index, frame) in frames.enumerated() {
            let flags: Int32 = index == frames.count - 1 ? 0 : ZMQ_SNDMORE
            var sent: Int32 = -1
            repeat {
                sent = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
            } while sent < 0 && zmq_errno() == EINTR
            if sent < 0 { return false }
        }
        return true
    }

    /// Receives one multipart message; nil when nothing is waiting (with `wait: false`) or the
    /// call was interrupted.
    func receive(wait: Bool = true) -> [Data]? {
        var frames: [Data] = []
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            let size = zmq_msg_recv(&message, handle, wait ? 0 : ZMQ_DONTWAIT)
            if size < 0 {
                // Mid-message the rest is already queued (libzmq delivers messages whole).
                if frames.isEmpty { return nil }
                continue
            }
            if let data = zmq_msg_data(&message) {
                frames.append(Data(bytes: data, count: Int(size)))
            } else {
                frames.append(Data())
            }
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }
}

/// Waits until one of the sockets (or plain file descriptors) is readable.
struct ZMQPoller {
    enum Item {
        case socket(ZMQSocket)
        case descriptor(Int32)
    }

    private var items: [zmq_pollitem_t]

    init(_ sources: [Item]) {
        items = sources.map { source in
            var item = zmq_pollitem_t()
            switch source {
            case .socket(let socket): item.socket = socket.handle
            case .descriptor(let fd): item.fd = fd
            }
            item.events = Int16(ZMQ_POLLIN)
            return item
        }
    }

    /// The indexes of the readable sources after waiting at most `milliseconds` (-1: forever).
    mutating func poll(milliseconds: Int) -> [Int] {
        let count = Int32(items.count)
        let ready = items.withUnsafeMutableBufferPointer { zmq_poll($0.baseAddress, count, milliseconds) }
        guard ready > 0 else { return [] }
        return items.indices.filter { items[$0].revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
