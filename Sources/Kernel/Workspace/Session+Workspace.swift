import Foundation
import Interpreter

/// What a save wrote and what it left out (with the reason for each).
public struct WorkspaceSaveReport {
    public var path: String
    public var savedNames: [String] = []
    public var skipped: [(name: String, reason: String)] = []
    public var bytes = 0
    /// The bytes each saved entry took (an object shared by several entries counts in the first).
    public var entrySizes: [(name: String, bytes: Int)] = []
    /// Past this size a save says what takes the room: restoring and saving it is no longer
    /// instant, and the user may not know a large tensor is still bound to a name.
    public static let largeWorkspaceBytes = 100 * 1024 * 1024

    /// `Saved 4 variables to PATH (1.2 MB).` and, when some were left out, one line naming them;
    /// past 100 MB, one line naming what dominates.
    public var summary: String {
        var text = "Saved \(savedNames.count) variable\(savedNames.count == 1 ? "" : "s") to \(path) (\(ByteCount.format(bytes)))."
        if !skipped.isEmpty {
            text += "\nNot saved: " + skipped.map { "\($0.name) (\($0.reason))" }.joined(separator: "; ")
        }
        if bytes > WorkspaceSaveReport.largeWorkspaceBytes {
            let largest = entrySizes.sorted { $0.bytes > $1.bytes }.prefix(3)
            text += "\nThe workspace is over 100 MB; most of it is "
                + largest.map { "\($0.name) (\(ByteCount.format($0.bytes)))" }.joined(separator: ", ")
                + ". `del` what you no longer need to keep saves and starts quick."
        }
        return text
    }
}

/// What a restore brought back.
public struct WorkspaceRestoreReport {
    public var path: String
    public var restoredNames: [String] = []
    public var failed: [(name: String, reason: String)] = []
    public var metadata: [String: Any] = [:]

    public var summary: String {
        var text = "Restored \(restoredNames.count) variable\(restoredNames.count == 1 ? "" : "s") from \(path)"
        if let saved = metadata["savedAt"] as? Double {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            text += " (saved \(formatter.string(from: Date(timeIntervalSince1970: saved))))"
        }
        text += "."
        if !failed.isEmpty {
            text += "\nNot restored: " + failed.map { "\($0.name) (\($0.reason))" }.joined(separator: "; ")
        }
        return text
    }
}

extension Session {
    /// Saves the user's variables, `In`, `Out` and the execution counter to `path`, atomically.
    /// `metadata` adds front-end state (step mode's position). Values that cannot be saved are
    /// listed in the report, never silently dropped; an I/O failure throws and leaves the
    /// previous file untouched.
    @discardableResult
    public func saveWorkspace(to path: String, metadata extra: [String: Any] = [:]) throws -> WorkspaceSaveReport {
        var report = WorkspaceSaveReport(path: path)
        let encoder = WorkspaceEncoder(session: self)
        var entries: [(kind: WorkspaceFile.EntryKind, name: String, bytes: [UInt8])] = []
        for name in userVariableNames {
            guard let value = namespace[name] else { continue }
            do {
                entries.append((.global, name, try encoder.encodeEntry(value, name: name)))
                report.savedNames.append(name)
                report.entrySizes.append((name, entries[entries.count - 1].bytes.count))
            } catch {
                report.skipped.append((name, "\(error)"))
            }
        }
        for (key, value) in outputs.storage {
            guard case .int(let number) = key.value else { continue }
            do {
                entries.append((.output, String(number), try encoder.encodeEntry(value, name: "Out[\(number)]")))
                report.entrySizes.append(("Out[\(number)]", entries[entries.count - 1].bytes.count))
            } catch {
                report.skipped.append(("Out[\(number)]", "\(error)"))
            }
        }
        var metadata = extra
        metadata["executionCount"] = executionCount
        metadata["inputs"] = inputs.items.map { $0.stringValue ?? "" }
        metadata["savedAt"] = Date().timeIntervalSince1970
        metadata["cellTimes"] = cellRecords.map { [$0.executionCount, $0.duration] as [Any] }
        let throttle = ProcessInfo.processInfo.environment["TESSERA_SAVE_THROTTLE_MS"].flatMap(Double.init).map { $0 / 1000 } ?? 0
        try WorkspaceFile.write(path: path, metadata: metadata, entries: entries, throttle: throttle)
        report.bytes = (try? FileManager.default.attributesOfItem(atPath: (try? OutputTarget.resolve(path)) ?? path)[.size] as? Int) ?? 0
        return report
    }

    /// Restores a workspace saved by `saveWorkspace` into this session. Entries that depend on
    /// others (an instance on its class entry, a class on its base class) are retried until no
    /// more progress is made; what still fails is listed with its reason.
    @discardableResult
    public func restoreWorkspace(from path: String) throws -> WorkspaceRestoreReport {
        let file = try WorkspaceFile(path: path)
        var report = WorkspaceRestoreReport(path: path, metadata: file.metadata)
        var objects: [UInt32: Value] = [:]
        var pending = Array(file.entries.indices)
        var lastReason: [Int: String] = [:]
        while !pending.isEmpty {
            var stillPending: [Int] = []
            for index in pending {
                let entry = file.entries[index]
                let decoder = WorkspaceDecoder(reader: ByteReader(file.bytes, range: entry.range), objects: objects, session: self)
                do {
                    let value = try decoder.readValue()
                    objects = decoder.knownObjects
                    bind(entry, value)
                    if entry.kind == .global { report.restoredNames.append(entry.name) }
                } catch let missing as WorkspaceMissingDependency {
                    objects = decoder.knownObjects
                    lastReason[index] = missing.description
                    stillPending.append(index)
                } catch {
                    report.failed.append((displayName(entry), "\(error)"))
                }
            }
            if stillPending.count == pending.count {
                for index in stillPending {
                    report.failed.append((displayName(file.entries[index]), lastReason[index] ?? "could not be restored"))
                }
                break
            }
            pending = stillPending
        }
        if let count = file.metadata["executionCount"] as? Int, count > executionCount {
            executionCount = count
            if let saved = file.metadata["inputs"] as? [String], inputs.items.count <= 1 {
                inputs.items = saved.map { .str($0) }
            }
            if let times = file.metadata["cellTimes"] as? [[Any]], cellRecords.isEmpty {
                cellRecords = times.compactMap { pair in
                    guard pair.count == 2, let number = pair[0] as? Int, let duration = pair[1] as? Double else { return nil }
                    let source = number < inputs.items.count ? inputs.items[number].stringValue ?? "" : ""
                    return CellRecord(executionCount: number, source: source, duration: duration, failed: false)
                }
            }
        }
        return report
    }

    private func bind(_ entry: WorkspaceFile.Entry, _ value: Value) {
        switch entry.kind {
        case .global:
            namespace[entry.name] = value
        case .output:
            if let number = Int(entry.name) {
                outputs.storage[HashKey(.int(number))] = value
                namespace["_\(number)"] = value
            }
        }
    }

    private func displayName(_ entry: WorkspaceFile.Entry) -> String {
        entry.kind == .output ? "Out[\(entry.name)]" : entry.name
    }
}

enum ByteCount {
    /// `512 bytes`, `1.2 KB`, `3.4 MB`.
    static func format(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return String(format: "%.1f ", value) + units[unit]
    }
}
