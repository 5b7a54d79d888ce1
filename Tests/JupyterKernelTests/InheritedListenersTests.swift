import Foundation
import JupyterKernel
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The kernel adopts the listening sockets `tessera-launch` bound for it instead of binding its
/// ports anew.
final class InheritedListenersTests: XCTestCase {
    func testParsesPortDescriptorPairsAndSkipsMalformedEntries() {
        var listeners = InheritedListeners(parsing: "5555=7,5556=8,junk,5557=,=9,5558=-1")
        XCTAssertEqual(listeners.take(port: 5555), 7)
        XCTAssertEqual(listeners.take(port: 5556), 8)
        XCTAssertNil(listeners.take(port: 5555), "a descriptor is handed over once")
        XCTAssertNil(listeners.take(port: 5557))
        XCTAssertNil(listeners.take(port: 5558))
    }

    /// Only descriptors that are sockets listening on the named port are kept, and they become
    /// close-on-exec (the launcher passes them without, so they survive its exec).
    func testKeepsOnlySocketsListeningOnTheirPort() throws {
        let (fd, port) = try listeningSocket()
        defer { close(fd) }
        var pipeEnds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&pipeEnds), 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        var listeners = InheritedListeners(parsing: "\(port)=\(fd),\(port + 1)=\(fd),\(port + 2)=\(pipeEnds[0]),\(port + 3)=9999").listening()
        XCTAssertEqual(listeners.take(port: port), fd)
        XCTAssertNil(listeners.take(port: port + 1), "listening, but on another port")
        XCTAssertNil(listeners.take(port: port + 2), "not a socket")
        XCTAssertNil(listeners.take(port: port + 3), "not open")
        XCTAssertNotEqual(fcntl(fd, F_GETFD) & FD_CLOEXEC, 0)
    }

    /// A kernel given a listener for each port serves on those sockets: a TCP client that
    /// connects to the adopted socket gets ZeroMQ's greeting (it starts with 0xFF and ends its
    /// signature with 0x7F), and a second kernel can bind none of those ports, since they are taken.
    func testKernelServesOnAdoptedSockets() throws {
        var descriptors: [Int: Int32] = [:]
        for _ in 0..<5 {
            let (fd, port) = try listeningSocket()
            descriptors[port] = fd
        }
        let ports = descriptors.keys.sorted()
        let connection = try JSONDecoder().decode(ConnectionInfo.self, from: Data("""
            {"transport": "tcp", "ip": "127.0.0.1", "shell_port": \(ports[0]), "iopub_port": \(ports[1]),
             "stdin_port": \(ports[2]), "control_port": \(ports[3]), "hb_port": \(ports[4]), "key": "k"}
            """.utf8))
        let server = try KernelServer(connection: connection, listeners: InheritedListeners(descriptors: descriptors),
                                      identity: .init(version: "test", banner: "test"), log: { _ in })
        XCTAssertThrowsError(try KernelServer(connection: connection, identity: .init(version: "test", banner: "test"), log: { _ in }),
                             "the ports are held by the first kernel's adopted sockets")
        let greeting = try greetingBytes(port: ports[0])
        XCTAssertEqual(greeting.first, 0xFF, "ZMTP greeting from the adopted shell socket")
        XCTAssertEqual(greeting.count >= 10 ? greeting[9] : nil, 0x7F)
        withExtendedLifetime(server) {}
    }

    /// A socket listening on a port the system picks.
    private func listeningSocket() throws -> (Int32, Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 16) == 0 }
        }
        guard fd >= 0, bound else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// The first ten bytes a ZeroMQ peer sends on a new TCP connection to `port`.
    private func greetingBytes(port: Int) throws -> [UInt8] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { throw POSIXError(.ECONNREFUSED) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while bytes.count < 10 {
            let got = read(fd, &buffer, buffer.count)
            if got <= 0 { break }
            bytes += buffer[0..<got]
        }
        return bytes
    }
}
