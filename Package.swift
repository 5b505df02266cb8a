// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Effekt",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "effekt", targets: ["effekt"]),
        // For the separate fuzzing package `Fuzz/` (depends on this one by path).
        .library(name: "EffektImport", targets: ["EffektImport", "EffektModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Plain value types: no CSV, no Excel, no I/O.
        .target(name: "EffektModel"),
        // CSV bytes -> records of EffektModel plus diagnostics.
        .target(name: "EffektImport", dependencies: ["EffektModel"]),
        // Pure functions of (data, as-of date, settings) -> Evaluation.
        .target(name: "EffektEvaluation", dependencies: ["EffektModel"]),
        // The words and symbols every exporter shows for the evaluation's codes.
        .target(name: "EffektVocabulary", dependencies: ["EffektModel", "EffektEvaluation"]),
        // The system C library libxlsxwriter; only EffektExcel sees it.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "EffektExcel", dependencies: ["EffektModel", "EffektEvaluation", "EffektVocabulary", "CXlsxWriter"]),
        // The quarterly record (Docs/history.md): the only module that touches SQLite.
        .target(
            name: "EffektHistory",
            dependencies: [
                "EffektModel", "EffektEvaluation", "EffektText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "EffektText",
            dependencies: [
                "EffektModel", "EffektEvaluation", "EffektVocabulary",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The leaders' page: one self-contained HTML file with inline SVG charts.
        .target(
            name: "EffektHTML",
            dependencies: [
                "EffektModel", "EffektEvaluation", "EffektVocabulary", "EffektText",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "effekt",
            dependencies: [
                "EffektModel", "EffektImport", "EffektEvaluation", "EffektVocabulary", "EffektExcel", "EffektText",
                "EffektHTML", "EffektHistory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: a release-build benchmark executable, not a unit test.
        .executableTarget(
            name: "effekt-bench",
            dependencies: ["EffektModel", "EffektImport", "EffektEvaluation", "EffektHTML", "EffektHistory"],
            path: "Benchmarks/EffektBench"
        ),
        .testTarget(name: "EffektModelTests", dependencies: ["EffektModel"]),
        .testTarget(name: "EffektImportTests", dependencies: ["EffektImport", "EffektModel", "EffektTestSupport"]),
        .testTarget(name: "EffektEvaluationTests", dependencies: ["EffektEvaluation", "EffektImport", "EffektModel", "EffektTestSupport"]),
        .testTarget(
            name: "EffektExcelTests",
            dependencies: ["EffektExcel", "EffektEvaluation", "EffektVocabulary", "EffektImport", "EffektModel", "EffektTestSupport"]
        ),
        .testTarget(
            name: "EffektTextTests",
            dependencies: ["EffektText", "EffektEvaluation", "EffektVocabulary", "EffektImport", "EffektModel"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "EffektHistoryTests",
            dependencies: ["EffektHistory", "EffektEvaluation", "EffektImport", "EffektModel", "EffektText", "EffektTestSupport"]
        ),
        .testTarget(
            name: "EffektHTMLTests",
            dependencies: ["EffektHTML", "EffektText", "EffektEvaluation", "EffektImport", "EffektModel"]
        ),
        .testTarget(
            name: "EffektCLITests",
            dependencies: ["effekt", "EffektModel", "EffektTestSupport"]
        ),
        // Test-only helpers shared by test targets (a test target cannot import another).
        .target(
            name: "EffektTestSupport",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/EffektTestSupport"
        ),
    ],
    swiftLanguageModes: [.v6]
)
