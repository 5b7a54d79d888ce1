import Foundation

/// A message header, as protocol 5.3 defines it.
struct MessageHeader: Codable {
    var msgID: String
    var session: String
    var username: String
    var date: String
    var msgType: String
    var version: String

    enum CodingKeys: String, CodingKey {
        case msgID = "msg_id", session, username, date, msgType = "msg_type", version
    }

    init(msgID: String, session: String, username: String, date: String, msgType: String, version: String) {
        self.msgID = msgID
        self.session = session
        self.username = username
        self.date = date
        self.msgType = msgType
        self.version = version
    }

    /// Front ends are lenient with each other: only the message type is required.
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        msgType = try c.decode(String.self, forKey: .msgType)
        msgID = try c.decodeIfPresent(String.self, forKey: .msgID) ?? ""
        session = try c.decodeIfPresent(String.self, forKey: .session) ?? ""
        username = try c.decodeIfPresent(String.self, forKey: .username) ?? ""
        date = try c.decodeIfPresent(String.self, forKey: .date) ?? ""
        version = try c.decodeIfPresent(String.self, forKey: .version) ?? ""
    }
}

/// A received message: the routing identities, the parsed header, and the other frames as
/// received (the header's exact bytes become the `parent_header` of everything it causes, so it
/// is never re-encoded).
struct IncomingMessage {
    var identities: [Data]
    var header: MessageHeader
    var headerBytes: Data
    var content: Data

    var msgType: String { header.msgType }

    /// Decodes the content as `T`; nil (and the message is answered with defaults or ignored)
    /// when a front end sent something else.
    func decode<T: Decodable>(_ type: T.Type) -> T? {
        try? JSONDecoder().decode(T.self, from: content)
    }
}

/// The wire format: identities, `<IDS|MSG>`, HMAC signature, header, parent header, metadata,
/// content (and buffers, which this kernel neither needs nor sends).
struct WireCodec {
    static let delimiter = Data("<IDS|MSG>".utf8)
    static let emptyObject = Data("{}".utf8)

    let signer: MessageSigner
    /// The kernel's session id, in the header of every message it sends.
    let session: String
    let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    enum DecodeError: Error, CustomStringConvertible {
        case noDelimiter, tooFewFrames, badSignature, badHeader(String)

        var description: String {
            switch self {
            case .noDelimiter: return "no <IDS|MSG> delimiter"
            case .tooFewFrames: return "fewer than the five frames after the delimiter"
            case .badSignature: return "bad HMAC signature"
            case .badHeader(let why): return "unreadable header: \(why)"
            }
        }
    }

    /// Parses and verifies a multipart message, checking the signature against the bytes
    /// exactly as received.
    func decode(_ frames: [Data]) throws -> IncomingMessage {
        guard let split = frames.firstIndex(of: WireCodec.delimiter) else { throw DecodeError.noDelimiter }
        guard frames.count >= split + 6 else { throw DecodeError.tooFewFrames }
        let signed = Array(frames[(split + 2)...(split + 5)])
        guard signer.verify(frames[split + 1], signed) else { throw DecodeError.badSignature }
        let header: MessageHeader
        do {
            header = try JSONDecoder().decode(MessageHeader.self, from: signed[0])
        } catch {
            throw DecodeError.badHeader("\(error)")
        }
        return IncomingMessage(identities: Array(frames[..<split]), header: header, headerBytes: signed[0], content: signed[3])
    }

    /// The frames of a message of type `msgType` caused by `parent` (nil: no parent, `{}`),
    /// signed over the exact bytes that are sent.
    func encode<Content: Encodable>(_ msgType: String, _ content: Content, parent: IncomingMessage?,
                                    identities: [Data], metadata: Data = WireCodec.emptyObject) -> [Data] {
        let header = MessageHeader(msgID: UUID().uuidString.lowercased(), session: session, username: "tessera",
                                   date: WireCodec.timestamp(), msgType: msgType, version: KernelInfo.protocolVersion)
        let headerBytes = (try? encoder.encode(header)) ?? WireCodec.emptyObject
        let contentBytes = (try? encoder.encode(content)) ?? WireCodec.emptyObject
        let parentBytes = parent?.headerBytes ?? WireCodec.emptyObject
        let signed = [headerBytes, parentBytes, metadata, contentBytes]
        return identities + [WireCodec.delimiter, signer.signature(signed)] + signed
    }

    /// ISO 8601 in UTC with microseconds, as jupyter_client writes dates.
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        let micros = Int((date.timeIntervalSince1970 - Double(seconds)) * 1_000_000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04ld-%02ld-%02ldT%02ld:%02ld:%02ld.%06ldZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), max(0, min(micros, 999_999)))
    }
}
