import COpenBLAS
import Glibc

/// Which CPU kernels OpenBLAS runs.
///
/// A DYNAMIC_ARCH OpenBLAS (Debian's) picks its kernels when it is loaded, from the CPU's family
/// and model numbers. A CPU newer than the library is not in its tables: Debian's 0.3.21 on a
/// recent AVX-512 Xeon reports "Prescott" and runs SSE3 kernels, several times slower than the
/// CPU's own (a resnet18 convolution spent most of its time in `sgemm_kernel_PRESCOTT`).
/// TensorKit needs AVX2 and FMA anyway (the executable checks before anything runs), so a core
/// without AVX2 kernels can only be a misdetection, and OpenBLAS is re-initialised with Haswell's
/// kernels, exactly as `OPENBLAS_CORETYPE=Haswell` at load time would choose them. Haswell
/// rather than the AVX-512 SkylakeX kernels: those change last digits against PyTorch, and
/// Haswell is what the test suite runs with. A user's own `OPENBLAS_CORETYPE` is left alone.
public enum BLASKernelChoice {
    /// OpenBLAS's cores whose kernels use AVX2 and FMA (names as `openblas_get_corename` spells them).
    static let avx2Cores: Set<String> = ["haswell", "zen", "skylakex", "cooperlake", "sapphirerapids", "excavator"]

    /// The core to switch to, or nil to keep OpenBLAS's own choice.
    static func replacement(detected: String, userChoice: String?) -> String? {
        if let choice = userChoice, !choice.isEmpty { return nil }
        return avx2Cores.contains(detected.lowercased()) ? nil : "Haswell"
    }

    /// The kernels OpenBLAS currently runs ("Haswell", "Prescott", ...).
    public static var coreName: String {
        guard let name = openblas_get_corename() else { return "" }
        return String(cString: name)
    }

    /// Switches OpenBLAS to Haswell's kernels when it picked a core without AVX2 on a CPU the
    /// caller has checked for AVX2 and FMA. Call once at start-up, before any BLAS call and
    /// before other threads exist (it sets and restores an environment variable). Returns the
    /// name of the core switched to, or nil when nothing changed.
    @discardableResult
    public static func replaceMisdetectedCore() -> String? {
        let user = getenv("OPENBLAS_CORETYPE").map { String(cString: $0) }
        guard let core = replacement(detected: coreName, userChoice: user) else { return nil }
        // Only the dynamic-architecture builds have these; a fixed build keeps what it is.
        typealias Hook = @convention(c) () -> Void
        guard let quit = dlsym(nil, "gotoblas_dynamic_quit"), let reinit = dlsym(nil, "gotoblas_dynamic_init") else {
            return nil
        }
        // gotoblas_dynamic_init reads OPENBLAS_CORETYPE, as at load time; quit clears the
        // current table so that init chooses again.
        setenv("OPENBLAS_CORETYPE", core, 1)
        unsafeBitCast(quit, to: Hook.self)()
        unsafeBitCast(reinit, to: Hook.self)()
        unsetenv("OPENBLAS_CORETYPE")
        return coreName.lowercased() == core.lowercased() ? core : nil
    }
}
