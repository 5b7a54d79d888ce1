/// The safetensors format: an 8-byte little-endian header length, a JSON header naming each
/// tensor's dtype, shape and byte range, then the raw little-endian data.
public enum Safetensors {
    /// Reads every tensor of a `.safetensors` file, in file order (by data offset).
    public static func read(path: String) throws -> [(name: String, tensor: Tensor)] {
        try decode(try FileBytes.read(path), name: path).tensors
    }

    /// Decodes safetensors bytes: the tensors and the `__metadata__` strings.
    public static func decode(_ bytes: [UInt8], name: String = "<memory>") throws -> (tensors: [(name: String, tensor: Tensor)], metadata: [String: String]) {
        var reader = ByteReader(bytes, name: name)
        let headerLength = try reader.littleEndianUInt64("the header length")
        guard headerLength <= UInt64(reader.remaining) else {
            throw TensorError.io("\(name): file is truncated (header length \(headerLength) exceeds the file)")
        }
        let headerBytes = try reader.take(Int(headerLength), what: "the JSON header")
        var parser = JSONParser(Array(headerBytes), name: name)
        guard case .object(let entries) = try parser.parse() else {
            throw TensorError.io("\(name): safetensors header is not a JSON object")
        }
        let dataStart = reader.position
        let dataLength = bytes.count - dataStart
        var tensors: [(name: String, tensor: Tensor, offset: Int)] = []
        var metadata: [String: String] = [:]
        for (key, value) in entries {
            if key == "__metadata__" {
                if case .object(let m) = value {
                    for (k, v) in m { if case .string(let s) = v { metadata[k] = s } }
                }
                continue
            }
            guard case .object(let info) = value,
                  case .string(let dtypeName)? = info.first(where: { $0.0 == "dtype" })?.1,
                  case .array(let shapeValues)? = info.first(where: { $0.0 == "shape" })?.1,
                  case .array(let offsets)? = info.first(where: { $0.0 == "data_offsets" })?.1,
                  offsets.count == 2, case .number(let begin) = offsets[0], case .number(let end) = offsets[1] else {
                throw TensorError.io("\(name): malformed safetensors entry for '\(key)'")
            }
            let dtype: DType
            switch dtypeName {
            case "BOOL": dtype = .bool
            case "U8": dtype = .uint8
            case "I32": dtype = .int32
            case "I64": dtype = .int64
            case "F32": dtype = .float32
            case "F64": dtype = .float64
            default: throw TensorError.io("\(name): unsupported safetensors dtype '\(dtypeName)' for '\(key)'")
            }
            var shape: [Int] = []
            for v in shapeValues {
                guard case .number(let n) = v, n >= 0 else { throw TensorError.io("\(name): bad shape for '\(key)'") }
                shape.append(n)
            }
            let count = try Shape.elementCount(shape)
            guard begin >= 0, end >= begin, end <= dataLength, end - begin == count * dtype.itemSize else {
                throw TensorError.io("\(name): data offsets [\(begin), \(end)] for '\(key)' don't fit its shape \(Shape.describe(shape)) or the file (\(dataLength) data bytes)")
            }
            let tensor = try bytes.withUnsafeBytes { raw in
                try Tensor(rawBytes: UnsafeRawBufferPointer(rebasing: raw[(dataStart + begin)..<(dataStart + end)]), shape: shape, dtype: dtype)
            }
            tensors.append((key, tensor, begin))
        }
        tensors.sort { $0.offset < $1.offset }
        return (tensors.map { ($0.name, $0.tensor) }, metadata)
    }

    /// Writes tensors (in the given order) and optional metadata as a `.safetensors` file.
    public static func write(_ tensors: [(name: String, tensor: Tensor)], metadata: [String: String] = [:], path: String) throws {
        try FileBytes.write(try encode(tensors, metadata: metadata), to: path)
    }

    /// Encodes to the bytes of a file.
    public static func encode(_ tensors: [(name: String, tensor: Tensor)], metadata: [String: String] = [:]) throws -> [UInt8] {
        var header = "{"
        var parts: [String] = []
        if !metadata.isEmpty {
            let items = metadata.keys.sorted().map { "\(JSONParser.quote($0)):\(JSONParser.quote(metadata[$0] ?? ""))" }
            parts.append("\"__metadata__\":{" + items.joined(separator: ",") + "}")
        }
        var offset = 0
        var data: [UInt8] = []
        for (name, tensor) in tensors {
            let code: String
            switch tensor.dtype {
            case .bool: code = "BOOL"
            case .uint8: code = "U8"
            case .int32: code = "I32"
            case .int64: code = "I64"
            case .float32: code = "F32"
            case .float64: code = "F64"
            }
            let c = try Elementwise.contiguousCopy(tensor)
            let n = c.count * c.dtype.itemSize
            withExtendedLifetime(c) { data.append(contentsOf: UnsafeRawBufferPointer(start: c.dataPointer, count: n)) }
            parts.append("\(JSONParser.quote(name)):{\"dtype\":\"\(code)\",\"shape\":\(Shape.describe(tensor.shape).filter { $0 != " " }),\"data_offsets\":[\(offset),\(offset + n)]}")
            offset += n
        }
        header += parts.joined(separator: ",") + "}"
        while header.utf8.count % 8 != 0 { header += " " }
        let length = UInt64(header.utf8.count)
        var out: [UInt8] = (0..<8).map { UInt8((length >> (8 * UInt64($0))) & 0xff) }
        out.append(contentsOf: Array(header.utf8))
        out.append(contentsOf: data)
        return out
    }
}

/// A small JSON parser for safetensors headers (objects keep their key order).
enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Int)
    case double(Double)
    case bool(Bool)
    case null
}

struct JSONParser {
    let bytes: [UInt8]
    var i = 0
    let name: String

    init(_ bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    mutating func parse() throws -> JSONValue {
        let v = try value()
        skipSpace()
        return v
    }

    private func error(_ what: String) -> TensorError {
        TensorError.io("\(name): invalid JSON header (\(what) at byte \(i))")
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws -> JSONValue {
        skipSpace()
        guard i < bytes.count else { throw error("unexpected end") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var entries: [(String, JSONValue)] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(entries) }
            while true {
                skipSpace()
                guard case .string(let key) = try value() else { throw error("expected a key") }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':'") }
                i += 1
                entries.append((key, try value()))
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(entries) }
                throw error("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try value())
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw error("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            i += 1
            var out: [UInt8] = []
            while i < bytes.count && bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { throw error("bad escape") }
                    switch bytes[i] {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard i + 4 < bytes.count, let code = UInt32(String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self), radix: 16),
                              let scalar = Unicode.Scalar(code) else { throw error("bad \\u escape") }
                        out.append(contentsOf: Array(String(Character(scalar)).utf8))
                        i += 4
                    default: out.append(bytes[i])
                    }
                } else {
                    out.append(bytes[i])
                }
                i += 1
            }
            guard i < bytes.count else { throw error("unterminated string") }
            i += 1
            return .string(String(decoding: out, as: UTF8.self))
        case UInt8(ascii: "t"):
            guard bytes.count >= i + 4, Array(bytes[i..<(i + 4)]) == Array("true".utf8) else { throw error("bad literal") }
            i += 4
            return .bool(true)
        case UInt8(ascii: "f"):
            guard bytes.count >= i + 5, Array(bytes[i..<(i + 5)]) == Array("false".utf8) else { throw error("bad literal") }
            i += 5
            return .bool(false)
        case UInt8(ascii: "n"):
            guard bytes.count >= i + 4, Array(bytes[i..<(i + 4)]) == Array("null".utf8) else { throw error("bad literal") }
            i += 4
            return .null
        default:
            let start = i
            while i < bytes.count, let c = Optional(bytes[i]),
                  (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                    || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                i += 1
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if let n = Int(text) { return .number(n) }
            if let d = Double(text) { return .double(d) }
            throw error("unexpected character")
        }
    }

    /// A JSON string literal.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
