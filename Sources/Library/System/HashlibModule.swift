import CCrypto
import Interpreter

/// `_tessera_hashlib`: message digests from OpenSSL's libcrypto (EVP), the core of `hashlib`
/// (Sources/Library/Python/hashlib.py). The Python side keeps the bytes fed to `update()`; a digest
/// is computed over all of them when asked for, so this module holds no hashing state.
enum HashlibModule {
    /// OpenSSL's digest for a hashlib name (`sha3_256` is OpenSSL's `SHA3-256`), or nil.
    static func digestAlgorithm(_ name: String) -> OpaquePointer? {
        let openSSLNames = ["sha3_224": "SHA3-224", "sha3_256": "SHA3-256", "sha3_384": "SHA3-384", "sha3_512": "SHA3-512",
                            "blake2b": "BLAKE2b512", "blake2s": "BLAKE2s256", "sha512_224": "SHA512-224",
                            "sha512_256": "SHA512-256", "shake_128": "SHAKE128", "shake_256": "SHAKE256"]
        return EVP_get_digestbyname(openSSLNames[name] ?? name)
    }

    static func algorithm(_ value: Value, _ interpreter: Interpreter) throws -> OpaquePointer {
        let name = try interpreter.stringArgument(value)
        guard let algorithm = digestAlgorithm(name) else {
            throw PyException(BuiltinTypes.valueError, "unsupported hash type \(name)")
        }
        return algorithm
    }

    static func make(_ interpreter: Interpreter) throws -> PyModule {
        interpreter.makeModule("_tessera_hashlib") { ns in
            // digest(name, chunks) -> bytes: the digest of the concatenated byte strings.
            ns.function("digest", "name, chunks") { i, a in
                let md = try algorithm(a[0], i)
                guard let context = EVP_MD_CTX_new() else { throw PyException(BuiltinTypes.memoryError, "") }
                defer { EVP_MD_CTX_free(context) }
                guard EVP_DigestInit_ex(context, md, nil) == 1 else {
                    throw PyException(BuiltinTypes.valueError, "digest initialisation failed")
                }
                for chunk in try i.collect(a[1]) {
                    guard let bytes = chunk.asObject as? PyBytes else {
                        throw PyException(BuiltinTypes.typeError, "object supporting the buffer API required")
                    }
                    _ = bytes.bytes.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
                }
                var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
                var length: UInt32 = 0
                guard EVP_DigestFinal_ex(context, &output, &length) == 1 else {
                    throw PyException(BuiltinTypes.valueError, "digest finalisation failed")
                }
                return .object(PyBytes(Array(output.prefix(Int(length)))))
            }
            // sizes(name) -> (digest_size, block_size), or ValueError for an unknown name.
            ns.function("sizes", "name") { i, a in
                let md = try algorithm(a[0], i)
                return .object(PyTuple([.int(Int(EVP_MD_get_size(md))), .int(Int(EVP_MD_get_block_size(md)))]))
            }
        }
    }
}
