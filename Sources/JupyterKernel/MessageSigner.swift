import CCrypto
import Foundation

/// HMAC-SHA256 over a message's four JSON frames, as the connection file's `signature_scheme`
/// says, through OpenSSL's libcrypto (Debian keeps it patched). An empty key disables signing,
/// as the protocol allows: the signature frame is then empty and not checked.
struct MessageSigner {
    let key: [UInt8]

    init(key: String) {
        self.key = Array(key.utf8)
    }

    /// The lowercase hex digest of the frames, in order, as bytes; empty without a key.
    func signature(_ frames: [Data]) -> Data {
        guard !key.isEmpty else { return Data() }
        var joined = Data(capacity: frames.reduce(0) { $0 + $1.count })
        for frame in frames { joined.append(frame) }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = key.withUnsafeBufferPointer { keyBytes in
            joined.withUnsafeBytes { bytes in
                HMAC(EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count),
                     bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count, &digest, &length) != nil
            }
        }
        guard ok else { return Data() }
        let hex = Array("0123456789abcdef".utf8)
        var out = Data(capacity: Int(length) * 2)
        for byte in digest.prefix(Int(length)) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0f)])
        }
        return out
    }

    /// Whether `signature` is the digest of the frames, compared in constant time so the check
    /// leaks nothing about the key.
    func verify(_ signature: Data, _ frames: [Data]) -> Bool {
        guard !key.isEmpty else { return true }
        let expected = self.signature(frames)
        guard expected.count == signature.count, !expected.isEmpty else { return false }
        return expected.withUnsafeBytes { a in
            signature.withUnsafeBytes { b in CRYPTO_memcmp(a.baseAddress, b.baseAddress, a.count) == 0 }
        }
    }
}
