// swift-tools-version:6.1
// Tessera: a notebook-style Python-subset host with a PyTorch-compatible tensor library.
// The module graph and its reasons are in ARCHITECTURE.md. Linux on x86-64 only: the system
// libraries come from Debian packages, and TensorKit is compiled for AVX2/FMA.
import PackageDescription

/// Hot loops (the VM dispatch loop, tensor kernels) run measurably faster without dynamic
/// exclusivity checks; the code that needs them uses explicit unsafe pointers instead.
let fastLoops: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

/// The VM also drops atomic reference counting: every value copy in the dispatch loop is a
/// retain/release, and the atomic ones cost as much as the work. This is sound because Python
/// objects are only ever used by one thread at a time: each interpreter runs on its own thread
/// (Kernel's `InterpreterThread`), and hand-overs between threads go through a semaphore, which
/// orders the memory. TensorKit keeps atomic counts: its kernels run on worker threads.
///
/// Functions start on 64-byte boundaries: where the dispatch loop falls within a cache line
/// otherwise depends on unrelated code added to the module, and moving it measured 4-7% on the
/// call-heavy benchmarks (fib) with the same instruction count.
let singleThreadedLoops: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-assume-single-threaded",
                                                          "-Xllvm", "-align-all-functions=6"])]

/// Tensor kernels are compiled for Haswell-level x86-64 (AVX2, FMA, BMI2; Intel since 2013, AMD
/// since 2015; the same set as x86-64-v3, a name this Swift toolchain does not take): 8-lane
/// SIMD, and fused multiply-adds as single instructions instead of libm calls (PyTorch's random
/// streams are reproduced with FMAs). Results are the same bits either way; only the speed changes.
let tensorKernels: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-target-cpu", "haswell"])]

let package = Package(
    name: "Tessera",
    products: [
        .executable(name: "tessera", targets: ["tessera"]),
        .executable(name: "tessera-launch", targets: ["tessera-launch"]),
        .library(name: "TensorKit", targets: ["TensorKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // System libraries: module maps over the Debian -dev packages (see Scripts/setup).
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CMarkGFM", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .systemLibrary(name: "CZMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // Strided tensors, kernels, BLAS matmul, autograd and tensor IO; knows nothing of Python.
        .target(name: "TensorKit", dependencies: ["COpenBLAS", "CPNG", "CZlib"], swiftSettings: tensorKernels),
        .target(name: "Syntax"),
        // Modules written in Python live as .py files under a target's Python/ folder; this build
        // tool embeds them in the binary (see Plugins/EmbedPythonSourcesPlugin).
        .executableTarget(name: "EmbedPythonSources"),
        .plugin(name: "EmbedPythonSourcesPlugin", capability: .buildTool(), dependencies: ["EmbedPythonSources"]),
        .target(
            name: "Interpreter",
            dependencies: ["Syntax", .product(name: "OrderedCollections", package: "swift-collections")],
            exclude: ["Python"],
            swiftSettings: singleThreadedLoops,
            plugins: ["EmbedPythonSourcesPlugin"]),

        .target(name: "Plot", dependencies: ["CCairo"]),
        // The Python-visible modules; they plug into the Kernel's extension points (workspace
        // serializers, %whos inspectors), so the Kernel depends on no library.
        .target(
            name: "Library",
            dependencies: ["Interpreter", "TensorKit", "Plot", "Kernel", "CGraphviz", "CZlib", "CCrypto"],
            exclude: ["Resources/mnist/README.md", "Python"],
            resources: [.copy("Resources/mnist")],
            plugins: ["EmbedPythonSourcesPlugin"]),
        .target(name: "Kernel", dependencies: ["Interpreter", "CSQLite", "CMarkGFM", "CZlib"], exclude: ["Python"],
                plugins: ["EmbedPythonSourcesPlugin"]),
        // The Jupyter kernel: the messaging protocol over ZeroMQ, signed with libcrypto's HMAC,
        // driving a Kernel session; like the Kernel, it knows no library (tessera wires them in).
        .target(name: "JupyterKernel", dependencies: ["Kernel", "Interpreter", "CZMQ", "CCrypto"]),
        // `tessera-launch kernel -f FILE`, what the kernelspec runs: binds the kernel's ports in
        // a millisecond (it links only libc), then execs tessera, which adopts the sockets; a
        // front end's first connection is then queued, not refused and retried 100 ms later.
        // tessera depends on it only so that building tessera builds it too.
        .executableTarget(name: "tessera-launch"),

        .executableTarget(
            name: "tessera",
            dependencies: [
                "Kernel",
                "JupyterKernel",
                "Library",
                "Interpreter",
                "TensorKit",
                "CEditLine",
                "tessera-launch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked in, in release builds: loading and
            // relocating their shared libraries is about a third of the process's start-up (a
            // kernel's start to ready, every command's first millisecond).
            // Foundation's static archive needs CoreFoundation and the ICU and shim archives
            // named after it (the dynamic library records them itself).
            // mimalloc replaces glibc's malloc for the whole process (it comes before libc among
            // the executable's libraries, so its malloc and free are the ones every library
            // binds): a Python program allocates and frees small objects at a great rate (every
            // tuple, str, list, frame), and glibc's bins and consolidation passes cost a quarter
            // of the instructions of str.split/join or list(d.items()) loops, where CPython has
            // its own small-object allocator.
            linkerSettings: [.linkedLibrary("mimalloc"),
                             .unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-lFoundationInternationalization", "-l_FoundationICU",
                                           "-lFoundationEssentials", "-l_FoundationCShims", "-l_FoundationCollections"],
                                          .when(configuration: .release))]),

        .testTarget(
            name: "SystemLibrariesTests",
            dependencies: ["COpenBLAS", "CPNG", "CZlib", "CEditLine", "CCairo", "CSQLite"]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax"]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "Interpreter"]),
        // The executable's own logic (start-up checks, composition) with @testable import.
        .testTarget(name: "TesseraTests", dependencies: ["tessera"]),
        .testTarget(name: "JupyterKernelTests", dependencies: ["JupyterKernel"]),
        // End to end: runs the release `tessera` binary (.build/release/tessera, built by Scripts/test)
        // as a user would, so it links none of the modules. `Scripts/test --fast` skips it.
        .testTarget(name: "EndToEndTests", exclude: ["Fixtures"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "CPNG"], exclude: ["Corpus", "References", "Fixtures"]),
        .testTarget(name: "LibraryTests", dependencies: ["Library", "Interpreter", "TensorKit", "CPNG"], exclude: ["TorchPrograms", "Fixtures"]),
        .testTarget(
            name: "TensorKitTests",
            dependencies: ["TensorKit"],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v5]
)
