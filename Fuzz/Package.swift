// swift-tools-version:6.0
// libFuzzer targets over the CSV reader/importer and the field parsers (issue 6).
// Separate from the main package so its normal build is unaffected. Build and run with `make fuzz`:
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let package = Package(
    name: "EffektFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Effekt", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "EffektImport", package: "Effekt")]),
        .executableTarget(name: "FuzzImport", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzFields", dependencies: ["FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
