import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Listening TCP sockets the process was started with, by port: `tessera-launch` binds the
/// connection file's ports before it execs `tessera kernel`, so a front end's first connection
/// is queued rather than refused and retried 100 ms later. The kernel's ZeroMQ sockets adopt
/// them (ZMQ_USE_FD) instead of binding anew.
public struct InheritedListeners {
    private(set) var descriptors: [Int: Int32]

    public init(descriptors: [Int: Int32] = [:]) {
        self.descriptors = descriptors
    }

    /// Parses "PORT=FD,PORT=FD"; entries that are not two numbers are left out.
    public init(parsing text: String) {
        var descriptors: [Int: Int32] = [:]
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: "=")
            if parts.count == 2, let port = Int(parts[0]), let fd = Int32(parts[1]), fd >= 0 {
                descriptors[port] = fd
            }
        }
        self.init(descriptors: descriptors)
    }

    /// The environment variable `tessera-launch` names the sockets in: "PORT=FD,...".
    public static let variable = "TESSERA_KERNEL_LISTENERS"

    /// The listeners named in the environment that really are sockets listening on their port
    /// (a stale or hand-set variable names nothing else), made close-on-exec so shell commands
    /// the kernel runs never hold the ports. The variable is then removed, so processes the
    /// kernel starts are not told of descriptors they do not have.
    public static func takeFromEnvironment() -> InheritedListeners {
        guard let text = ProcessInfo.processInfo.environment[variable] else { return InheritedListeners() }
        unsetenv(variable)
        return InheritedListeners(parsing: text).listening()
    }

    /// Only the entries whose descriptor is a socket listening on that port, marked close-on-exec.
    public func listening() -> InheritedListeners {
        InheritedListeners(descriptors: descriptors.filter { port, fd in
            guard InheritedListeners.isListening(fd, on: port) else { return false }
            _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
            return true
        })
    }

    static func isListening(_ fd: Int32, on port: Int) -> Bool {
        var accepting: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &size) == 0, accepting != 0 else { return false }
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) == 0 }
        }
        guard named else { return false }
        let bound: UInt16
        switch Int32(address.ss_family) {
        case AF_INET: bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_port } }
        case AF_INET6: bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_port } }
        default: return false
        }
        return Int(UInt16(bigEndian: bound)) == port
    }

    /// The descriptor listening on `port`, handed over once.
    public mutating func take(port: Int) -> Int32? {
        descriptors.removeValue(forKey: port)
    }
}
