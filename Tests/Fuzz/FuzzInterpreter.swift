// libFuzzer target over the lexer, parser, compiler and VM: each input is a Python program,
// compiled and run by a fresh interpreter. Built and run by Scripts/fuzz (not by SwiftPM: the
// normal build must not depend on the fuzzing runtime). A crash here is a Swift trap, a sanitizer
// report or a signal reached from source text; Python exceptions are the expected outcome.
import Glibc
import Interpreter

/// How long one input may run: the watchdog then raises KeyboardInterrupt in it (the VM polls
/// the flag on loop back-edges and calls, as it does for Ctrl-C).
let budgetMilliseconds = 100

func monotonicMilliseconds() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
}

/// What the watchdog thread shares with the inputs, in one allocation: the deadline (monotonic
/// milliseconds, 0 while no input runs) at offset 0 and the interrupt flag at offset 8. The
/// thread polls every 5 ms and sets the flag once the deadline has passed.
let shared: UnsafeMutableRawPointer = {
    let raw = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 8)
    raw.storeBytes(of: 0, as: Int.self)
    raw.storeBytes(of: 0, toByteOffset: 8, as: Int32.self)
    var thread = pthread_t()
    pthread_create(&thread, nil, { raw in
        let deadline = raw!.assumingMemoryBound(to: Int.self)
        let flag = (raw! + 8).assumingMemoryBound(to: Int32.self)
        while true {
            usleep(5_000)
            let due = deadline.pointee
            if due != 0 && monotonicMilliseconds() > due { flag.pointee = 1 }
        }
    }, raw)
    return raw
}()

/// A new interpreter with no file or terminal access.
func makeInterpreter() -> Interpreter {
    let interpreter = Interpreter(stackCapacity: 1 << 16)
    interpreter.standardOutput = { _ in }
    interpreter.standardError = { _ in }
    interpreter.flushOutput = {}
    interpreter.readLine = { _ in nil }
    for name in ["open", "input", "help", "breakpoint"] { interpreter.builtins[name] = nil }
    interpreter.searchPaths = []
    return interpreter
}

/// Making an interpreter costs more than running most inputs (it set the pace at about 500
/// inputs a second), so one serves `inputsPerInterpreter` inputs, each in a fresh `__main__`
/// namespace, before the next is made. An input that changes shared state (sys, builtins)
/// affects only the few inputs after it; a crash found is replayed alone by libFuzzer anyway.
let inputsPerInterpreter = 64
var currentInterpreter: Interpreter?
var inputsRun = 0

/// Runs one program the way `tessera -c` does, minus file and terminal access.
func runProgram(_ source: String) {
    if currentInterpreter == nil || inputsRun % inputsPerInterpreter == 0 { currentInterpreter = makeInterpreter() }
    inputsRun += 1
    guard let interpreter = currentInterpreter else { return }
    let flag = (shared + 8).assumingMemoryBound(to: Int32.self)
    flag.pointee = 0
    interpreter.interruptFlag = flag
    shared.storeBytes(of: monotonicMilliseconds() + budgetMilliseconds, as: Int.self)
    defer { shared.storeBytes(of: 0, as: Int.self) }
    let namespace = interpreter.makeNamespace()
    do {
        _ = try interpreter.run(source, fileName: "<fuzz>", namespace: namespace)
    } catch let exception as PyException {
        // Formatting the traceback runs repr/str of the exception's arguments too.
        _ = interpreter.formatException(exception)
    } catch {
    }
}

/// The interpreter runs on a thread with a large stack, as every Tessera front end does
/// (InterpreterThread), so native recursion ends in RecursionError rather than a stack overflow.
final class ProgramBox { let source: String; init(_ source: String) { self.source = source } }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 512 << 20)
    var thread = pthread_t()
    let box = Unmanaged.passRetained(ProgramBox(source)).toOpaque()
    pthread_create(&thread, &attributes, { raw in
        let box = Unmanaged<ProgramBox>.fromOpaque(raw!).takeRetainedValue()
        runProgram(box.source)
        return nil
    }, box)
    pthread_join(thread, nil)
    pthread_attr_destroy(&attributes)
    return 0
}
