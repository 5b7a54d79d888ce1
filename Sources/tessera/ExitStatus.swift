/// Process exit statuses, as documented in `tessera --help` and README.md.
enum ExitStatus {
    static let success: Int32 = 0
    static let runtimeError: Int32 = 1
    static let usageError: Int32 = 2
    /// BSD `EX_DATAERR`: the script could not be compiled (SyntaxError).
    static let syntaxError: Int32 = 65
    /// A script stopped by Ctrl-C (uncaught KeyboardInterrupt), as a shell reports for CPython.
    static let interrupted: Int32 = 130
}
