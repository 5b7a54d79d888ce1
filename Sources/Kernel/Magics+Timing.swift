import Foundation
import Interpreter

/// `%time` and `%timeit`, with IPython's output forms.
extension Session {
    static var timingMagics: [Magic] {
        [
            Magic(name: "time", summary: "Run a statement once and print its CPU and wall time.",
                  line: { session, statement in try session.time(statement, interactive: true) },
                  cell: { session, _, body in try session.time(body, interactive: true) }),
            Magic(name: "timeit", summary: "Time a statement over many loops: %timeit [-n LOOPS] [-r RUNS] [-q] [-o] STATEMENT.",
                  line: { session, arguments in try session.timeit(arguments, body: nil) },
                  cell: { session, arguments, body in try session.timeit(arguments, body: body) }),
        ]
    }

    /// `%time statement`: runs it once; prints `CPU times: user ..., sys: ..., total: ...` and
    /// `Wall time: ...`; returns the statement's value (shown as the cell's result).
    func time(_ statement: String, interactive: Bool) throws -> Value {
        guard !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .none }
        let code = try interpreter.compile(MagicLine.transform(statement), fileName: "<timed exec>", namespace: namespace,
                                           interactive: interactive)
        classSources.noteDefinitions(in: code)
        let cpuStart = CPUTimes.now()
        let wallStart = DispatchTime.now().uptimeNanoseconds
        var value: Value = .none
        var thrown: Error?
        do {
            value = try interpreter.execute(code, in: namespace)
        } catch {
            thrown = error
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let cpu = CPUTimes.now() - cpuStart
        write(stream: "stdout", "CPU times: user \(TimeFormat.format(cpu.user)), sys: \(TimeFormat.format(cpu.system)), total: \(TimeFormat.format(cpu.user + cpu.system))\n")
        write(stream: "stdout", "Wall time: \(TimeFormat.format(wall))\n")
        if let thrown { throw thrown }
        return value
    }

    /// `%timeit [-n N] [-r R] [-q] [-o] statement` (or the body of `%%timeit`, with the line's
    /// statement as setup run once). Without `-n`, the loop count is the first power of ten whose
    /// loops take at least 0.2 s, as IPython picks it.
    func timeit(_ arguments: String, body: String?) throws -> Value {
        let (options, rest) = try MagicArguments.options(arguments, valued: ["n", "r"], flags: ["q", "o"])
        let setup = body == nil ? "" : rest
        let statement = body ?? rest
        guard !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw MagicError.usage("%timeit needs a statement to time")
        }
        func count(_ key: String, _ fallback: Int) throws -> Int {
            guard let text = options[key] else { return fallback }
            guard let n = Int(text), n > 0 else { throw MagicError.usage("-\(key) needs a positive integer, not '\(text)'") }
            return n
        }
        let repeats = try count("r", 7)
        var loops = try count("n", 0)
        if !setup.isEmpty { _ = try executeCode(MagicLine.transform(setup), fileName: "<timeit-setup>", interactive: false) }
        let code = try interpreter.compile(MagicLine.transform(statement), fileName: "<timeit>", namespace: namespace)
        func timeLoops(_ n: Int) throws -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<n { _ = try interpreter.execute(code, in: namespace) }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        if loops == 0 {
            for exponent in 0..<10 {
                loops = Int(pow(10.0, Double(exponent)))
                if try timeLoops(loops) >= 0.2 { break }
            }
        }
        var perLoop: [Double] = []
        for _ in 0..<repeats { perLoop.append(try timeLoops(loops) / Double(loops)) }
        let result = TimeitResult(loops: loops, repeats: repeats, timings: perLoop)
        if options["q"] == nil {
            if let best = perLoop.min(), let worst = perLoop.max(), best > 0, worst > 4 * best, worst > 1e-6 {
                write(stream: "stdout", String(format: "The slowest run took %0.2f times longer than the fastest. This could mean that an intermediate result is being cached.\n", worst / best))
            }
            write(stream: "stdout", result.description + "\n")
        }
        if options["o"] != nil {
            return .object(PyTuple([.float(result.average), .float(result.standardDeviation), .int(loops), .int(repeats)]))
        }
        return .none
    }
}

/// The statistics `%timeit` prints: mean and population standard deviation of the per-loop
/// times of each run.
struct TimeitResult: CustomStringConvertible {
    let loops: Int
    let repeats: Int
    let timings: [Double]

    var average: Double { timings.reduce(0, +) / Double(max(1, timings.count)) }

    var standardDeviation: Double {
        let mean = average
        return (timings.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, timings.count))).squareRoot()
    }

    /// `14 µs ± 8.95 µs per loop (mean ± std. dev. of 7 runs, 20 loops each)`.
    var description: String {
        let grouped = NumberFormatting.grouped(loops)
        return "\(TimeFormat.format(average)) ± \(TimeFormat.format(standardDeviation)) per loop (mean ± std. dev. of \(repeats) run\(repeats == 1 ? "" : "s"), \(grouped) loop\(loops == 1 ? "" : "s") each)"
    }
}

/// IPython's `_format_time`: three significant digits in s, ms, µs or ns; minutes and more as
/// `1min 3s`.
enum TimeFormat {
    static func format(_ seconds: Double, precision: Int = 3) -> String {
        if seconds >= 60 {
            var remaining = seconds
            var parts: [String] = []
            for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
                let value = (remaining / length).rounded(.down)
                if value > 0 {
                    remaining = remaining.truncatingRemainder(dividingBy: length)
                    parts.append("\(Int(value))\(suffix)")
                }
                if remaining < 1 { break }
            }
            return parts.joined(separator: " ")
        }
        let units = ["s", "ms", "µs", "ns"]
        let scaling = [1.0, 1e3, 1e6, 1e9]
        var order = 3
        if seconds > 0 {
            // Python: min(-int(floor(log10(t)) // 3), 3), with floor division.
            let exponent = Int(log10(seconds).rounded(.down))
            let group = Int((Double(exponent) / 3).rounded(.down))
            order = min(-group, 3)
        }
        order = max(0, order)
        return String(format: "%.\(precision)g", seconds * scaling[order]) + " " + units[order]
    }
}

enum NumberFormatting {
    /// `1,000,000`: Python's `{:,}`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}

/// User and system CPU seconds of this process.
struct CPUTimes {
    var user: Double
    var system: Double

    static func now() -> CPUTimes {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return CPUTimes(user: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
                        system: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
    }

    static func - (a: CPUTimes, b: CPUTimes) -> CPUTimes {
        CPUTimes(user: max(0, a.user - b.user), system: max(0, a.system - b.system))
    }
}
