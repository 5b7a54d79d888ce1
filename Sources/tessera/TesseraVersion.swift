/// The version reported by `tessera --version`.
enum TesseraVersion {
    static let current = "0.1.0"
}
