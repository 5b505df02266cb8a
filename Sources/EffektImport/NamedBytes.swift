/// The raw bytes of one input file with the name used for it in diagnostics (the path as given).
public struct NamedBytes: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
