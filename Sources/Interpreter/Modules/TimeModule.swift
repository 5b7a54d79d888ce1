#if canImport(Glibc)
import Glibc
#endif

/// `time`: clocks, sleep, and the struct_time helpers scripts use.
enum TimeModule {
    static func monotonic() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    static func wallClock() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    static func make(_ interpreter: Interpreter) -> PyModule {
        interpreter.makeModule("time") { ns in
            ns.function("time", "") { _, _ in .float(wallClock()) }
            ns.function("perf_counter", "") { _, _ in .float(monotonic()) }
            ns.function("monotonic", "") { _, _ in .float(monotonic()) }
            ns.function("process_time", "") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
            ns.function("perf_counter_ns", "") { _, _ in .int(Int(monotonic() * 1e9)) }
            ns.function("time_ns", "") { _, _ in .int(Int(wallClock() * 1e9)) }
            ns.function("sleep", "seconds, /") { i, a in
                let seconds = try i.doubleArgument(a[0])
                if seconds.isNaN { throw PyException(BuiltinTypes.valueError, "Invalid value NaN (not a number)") }
                if seconds < 0 { throw PyException(BuiltinTypes.valueError, "sleep length must be non-negative") }
                // CPython keeps the deadline as 64-bit nanoseconds; past that (inf included) it
                // raises rather than sleeping forever, and so do we instead of trapping in usleep.
                if seconds >= 9.2e9 { throw PyException(BuiltinTypes.overflowError, "timestamp out of range for platform time_t") }
                // Sleep in slices so Ctrl-C interrupts promptly.
                let end = monotonic() + seconds
                while true {
                    try i.checkInterrupt()
                    let remaining = end - monotonic()
                    if remaining <= 0 { break }
                    usleep(useconds_t(min(remaining, 0.05) * 1_000_000))
                }
                return .none
            }
            ns.function("gmtime", "secs=None, /") { i, a in
                var seconds = time_t(a[0].isNone ? wallClock() : try i.doubleArgument(a[0]))
                var parts = tm()
                gmtime_r(&seconds, &parts)
                return structTime(parts)
            }
            ns.function("localtime", "secs=None, /") { i, a in
                var seconds = time_t(a[0].isNone ? wallClock() : try i.doubleArgument(a[0]))
                var parts = tm()
                localtime_r(&seconds, &parts)
                return structTime(parts)
            }
            ns.function("strftime", "format, t=None, /") { i, a in
                let format = try i.stringArgument(a[0])
                var parts = tm()
                if a[1].isNone {
                    var seconds = time_t(wallClock())
                    localtime_r(&seconds, &parts)
                } else {
                    let fields = try i.collect(a[1]).map { try i.intArgument($0) }
                    guard fields.count >= 9 else { throw PyException(BuiltinTypes.typeError, "strftime(): illegal time tuple argument") }
                    parts.tm_year = Int32(fields[0] - 1900); parts.tm_mon = Int32(fields[1] - 1); parts.tm_mday = Int32(fields[2])
                    parts.tm_hour = Int32(fields[3]); parts.tm_min = Int32(fields[4]); parts.tm_sec = Int32(fields[5])
                    parts.tm_wday = Int32((fields[6] + 1) % 7); parts.tm_yday = Int32(fields[7] - 1); parts.tm_isdst = Int32(fields[8])
                }
                var buffer = [CChar](repeating: 0, count: 512)
                let count = strftime(&buffer, buffer.count, format, &parts)
                return .str(count > 0 ? String(cString: buffer) : "")
            }
        }
    }

    static let fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"]

    /// `time.struct_time`: a tuple of nine fields, also readable by name.
    static let structTimeType = PyType(builtin: "struct_time", base: BuiltinTypes.tuple, module: "time") { type in
        for (index, field) in fields.enumerated() {
            type.property(field) { _, v in (v.asObject as? PyTuple)?.items[index] ?? .none }
        }
        type.method("__repr__", "self") { interpreter, a in
            let items = (a[0].asObject as? PyTuple)?.items ?? []
            let parts = try zip(fields, items).map { "\($0.0)=\(try interpreter.repr($0.1))" }
            return .str("time.struct_time(" + parts.joined(separator: ", ") + ")")
        }
    }

    static func structTime(_ parts: tm) -> Value {
        .object(PyTuple(structTimeItems(parts), type: structTimeType))
    }

    static func structTimeItems(_ parts: tm) -> [Value] {
        [.int(Int(parts.tm_year) + 1900), .int(Int(parts.tm_mon) + 1), .int(Int(parts.tm_mday)),
                         .int(Int(parts.tm_hour)), .int(Int(parts.tm_min)), .int(Int(parts.tm_sec)),
                         .int((Int(parts.tm_wday) + 6) % 7), .int(Int(parts.tm_yday) + 1), .int(Int(parts.tm_isdst))]
    }
}
