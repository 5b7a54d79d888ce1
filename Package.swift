// swift-tools-version:6.0
// Tessera: a notebook-style Python-subset host with a PyTorch-compatible tensor library.
// The module graph and its reasons are in ARCHITECTURE.md (shared/ARCHITECTURE.md upstream).
import PackageDescription

/// Hot loops (the VM dispatch loop, tensor kernels) run measurably faster without dynamic
/// exclusivity checks; the code that needs them uses explicit unsafe pointers instead.
let fastLoops: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-assume-single-threaded"])]

let package = Package(
    name: "Tessera",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tessera", targets: ["tessera"]),
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

        .target(name: "Syntax"),
        .target(
            name: "Interpreter",
            dependencies: ["Syntax", .product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: fastLoops),

        .target(name: "Kernel", dependencies: ["Interpreter"]),

        .executableTarget(
            name: "tessera",
            dependencies: [
                "Kernel",
                "Interpreter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(
            name: "SystemLibrariesTests",
            dependencies: ["COpenBLAS", "CPNG", "CZlib", "CEditLine", "CCairo", "CSQLite"]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax"]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter"], exclude: ["Golden"]),
        .testTarget(name: "TesseraCommandTests", dependencies: ["tessera"]),
    ],
    swiftLanguageModes: [.v5]
)
