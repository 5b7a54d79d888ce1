/// Process exit statuses, as documented in `tessera --help` and README.md: the one list, used by
/// the script runner and by the executable's commands.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let runtimeError: Int32 = 1
    public static let usageError: Int32 = 2
    /// BSD `EX_DATAERR`: the script could not be compiled (SyntaxError).
    public static let syntaxError: Int32 = 65
    /// Stopped by Ctrl-C (an uncaught KeyboardInterrupt): 128 + SIGINT, what a shell reports for
    /// CPython in the same case.
    public static let interrupted: Int32 = 130
}
