import Foundation

// The content of each message type the kernel reads or writes, as Codable structs (the JSON
// field names of protocol 5.3). Requests decode leniently: a missing field takes the default
// ipykernel uses.

/// What `kernel_info_reply` says about this kernel.
enum KernelInfo {
    static let protocolVersion = "5.3"

    struct LanguageInfo: Encodable {
        struct CodeMirrorMode: Encodable {
            let name = "ipython"
            let version = 3
        }

        let name = "python"
        let version = "3.11"
        let mimetype = "text/x-python"
        let file_extension = ".py"
        let pygments_lexer = "ipython3"
        let codemirror_mode = CodeMirrorMode()
        let nbconvert_exporter = "python"
    }

    struct HelpLink: Encodable {
        let text: String
        let url: String
    }

    struct Reply: Encodable {
        let status = "ok"
        let protocol_version = KernelInfo.protocolVersion
        let implementation = "tessera"
        let implementation_version: String
        let language_info = LanguageInfo()
        let banner: String
        let help_links: [HelpLink] = []
        let debugger = false
    }
}

struct EmptyContent: Codable {}

struct StatusContent: Encodable {
    let execution_state: String
}

struct ExecuteRequest: Decodable {
    var code = ""
    var silent = false
    var store_history = true
    var allow_stdin = true
    var stop_on_error = true

    enum CodingKeys: String, CodingKey { case code, silent, store_history, allow_stdin, stop_on_error }

    init() {}

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decodeIfPresent(String.self, forKey: .code) ?? ""
        silent = try c.decodeIfPresent(Bool.self, forKey: .silent) ?? false
        store_history = try c.decodeIfPresent(Bool.self, forKey: .store_history) ?? !silent
        allow_stdin = try c.decodeIfPresent(Bool.self, forKey: .allow_stdin) ?? true
        stop_on_error = try c.decodeIfPresent(Bool.self, forKey: .stop_on_error) ?? true
    }
}

struct ExecuteInput: Encodable {
    let code: String
    let execution_count: Int
}

struct ExecuteReply: Encodable {
    let status: String
    let execution_count: Int
    var user_expressions: [String: String]? = [:]
    var payload: [ExecutePayload]? = []
    var ename: String?
    var evalue: String?
    var traceback: [String]?
}

/// An entry of `execute_reply`'s payload: help for the pager, or IPython's request that the
/// front end quit.
enum ExecutePayload: Encodable {
    case page(String)
    case askExit

    private enum Keys: String, CodingKey { case source, data, start, keepkernel }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case .page(let text):
            try c.encode("page", forKey: .source)
            try c.encode(["text/plain": text], forKey: .data)
            try c.encode(0, forKey: .start)
        case .askExit:
            try c.encode("ask_exit", forKey: .source)
            try c.encode(false, forKey: .keepkernel)
        }
    }
}

struct StreamContent: Encodable {
    let name: String
    let text: String
}

/// `display_data`, `update_display_data` and `execute_result` share the mime bundle fields.
struct DisplayContent: Encodable {
    struct Transient: Encodable {
        let display_id: String
    }

    var execution_count: Int?
    let data: [String: String]
    let metadata: [String: [String: Int]]
    var transient: Transient?
}

struct ClearOutputContent: Encodable {
    let wait: Bool
}

struct ErrorContent: Encodable {
    let ename: String
    let evalue: String
    let traceback: [String]
}

struct CompleteRequest: Decodable {
    let code: String
    let cursor_pos: Int?
}

struct CompleteReply: Encodable {
    let status = "ok"
    let matches: [String]
    let cursor_start: Int
    let cursor_end: Int
    let metadata = EmptyContent()
}

struct InspectRequest: Decodable {
    let code: String
    let cursor_pos: Int?
    let detail_level: Int?
}

struct InspectReply: Encodable {
    let status = "ok"
    let found: Bool
    let data: [String: String]
    let metadata = EmptyContent()
}

struct IsCompleteRequest: Decodable {
    let code: String
}

struct IsCompleteReply: Encodable {
    let status: String
    var indent: String?
}

struct HistoryRequest: Decodable {
    var output: Bool?
    var hist_access_type: String?
    var session: Int?
    var start: Int?
    var stop: Int?
    var n: Int?
    var pattern: String?
    var unique: Bool?
}

/// One history entry on the wire: `[session, line, source]`, or with outputs requested
/// `[session, line, [source, output]]` (the output's repr, null when the cell showed none).
struct HistoryEntry: Encodable {
    let session: Int
    let line: Int
    let source: String
    /// nil: outputs were not requested; `.some(nil)`: requested, but there is none.
    let output: String??

    func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(session)
        try c.encode(line)
        if let output {
            var pair = c.nestedUnkeyedContainer()
            try pair.encode(source)
            try pair.encode(output)
        } else {
            try c.encode(source)
        }
    }
}

struct HistoryReply: Encodable {
    let status = "ok"
    let history: [HistoryEntry]
}

struct CommInfoReply: Encodable {
    let status = "ok"
    let comms = EmptyContent()
}

struct CommOpen: Decodable {
    let comm_id: String
}

struct CommClose: Encodable {
    let comm_id: String
    let data = EmptyContent()
}

struct ShutdownContent: Codable {
    var status: String? = "ok"
    var restart = false

    init(restart: Bool) {
        self.restart = restart
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        restart = try c.decodeIfPresent(Bool.self, forKey: .restart) ?? false
        status = "ok"
    }
}

struct StatusOnlyReply: Encodable {
    let status: String
}

struct InputRequest: Encodable {
    let prompt: String
    let password: Bool
}

struct InputReply: Decodable {
    let value: String
}

struct WelcomeContent: Encodable {
    let subscription: String
}
