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
                var seconds = try timestamp(a[0].isNone ? wallClock() : try i.doubleArgument(a[0]))
                var parts = tm()
                if gmtime_r(&seconds, &parts) == nil { throw yearOutOfRange() }
                return structTime(parts)
            }
            ns.function("localtime", "secs=None, /") { i, a in
                var seconds = try timestamp(a[0].isNone ? wallClock() : try i.doubleArgument(a[0]))
                var parts = tm()
                if localtime_r(&seconds, &parts) == nil { throw yearOutOfRange() }
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
                    // Each field is a C int in CPython: out of range is its OverflowError; the
                    // offsets are applied after the conversion so they cannot overflow an Int.
                    let c = try fields.prefix(9).map(cInt)
                    parts.tm_year = c[0] &- 1900; parts.tm_mon = c[1] &- 1; parts.tm_mday = c[2]
                    parts.tm_hour = c[3]; parts.tm_min = c[4]; parts.tm_sec = c[5]
                    parts.tm_wday = Int32((Int(c[6]) + 1) % 7); parts.tm_yday = c[7] &- 1; parts.tm_isdst = c[8]
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

    /// A float timestamp as time_t: NaN and values outside 64 bits are CPython's errors instead of
    /// a trapping conversion.
    static func timestamp(_ value: Double) throws -> time_t {
        if value.isNaN { throw PyException(BuiltinTypes.valueError, "Invalid value NaN (not a number)") }
        guard let seconds = time_t(exactly: value.rounded(.towardZero)) else {
            throw PyException(BuiltinTypes.overflowError, "timestamp out of range for platform time_t")
        }
        return seconds
    }

    /// gmtime_r/localtime_r fail (EOVERFLOW) when the year does not fit in a C int.
    static func yearOutOfRange() -> PyException {
        PyException(BuiltinTypes.osError, "[Errno 75] Value too large for defined data type")
    }

    static func cInt(_ value: Int) throws -> Int32 {
        if value > Int(Int32.max) { throw PyException(BuiltinTypes.overflowError, "signed integer is greater than maximum") }
        if value < Int(Int32.min) { throw PyException(BuiltinTypes.overflowError, "signed integer is less than minimum") }
        return Int32(value)
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
