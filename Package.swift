// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tavle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tavle", targets: ["tavle"]),
        .executable(name: "tavle-bench", targets: ["tavle-bench"]),
        .library(name: "Domain", targets: ["Domain"]),
        .library(name: "TUI", targets: ["TUI"]),
        .library(name: "Wording", targets: ["Wording"]),
        .library(name: "Effects", targets: ["Effects"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            // No pkgConfig: SwiftPM refuses its -D flags with a warning, and shim.h defines what they would.
            name: "CNcursesw"
        ),
        .target(name: "Effects", swiftSettings: optimisedEvenInDebug),
        .target(
            name: "Domain",
            dependencies: ["CConfusables", "CChecksum", "Effects", .product(name: "OrderedCollections", package: "swift-collections"),
                           .product(name: "DequeModule", package: "swift-collections"),
                           .product(name: "HeapModule", package: "swift-collections")],
            swiftSettings: optimisedEvenInDebug
        ),
        .target(name: "Demo", dependencies: ["Domain", .product(name: "HeapModule", package: "swift-collections")], swiftSettings: optimisedEvenInDebug),
        .executableTarget(name: "embed-languages"),
        .plugin(name: "EmbedLanguages", capability: .buildTool(), dependencies: ["embed-languages"]),
        .target(name: "Wording", dependencies: ["Domain", "Effects"], plugins: ["EmbedLanguages"]),
        .target(name: "FileStore", dependencies: ["Domain", .product(name: "Crypto", package: "swift-crypto")], swiftSettings: optimisedEvenInDebug),
        .target(name: "PostgresStore", dependencies: ["Domain", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .target(name: "CSearch"),
        .target(name: "CChecksum"),
        .target(name: "CMemory"),
        .target(name: "CConfusables", linkerSettings: [.linkedLibrary("_FoundationICU")]),
        .executableTarget(name: "embed-themes"),
        .plugin(name: "EmbedThemes", capability: .buildTool(), dependencies: ["embed-themes"]),
        .target(name: "TUI", dependencies: ["Domain", "Effects", "Wording", "CNcursesw", "CSearch", "CMemory", .product(name: "TOMLKit", package: "TOMLKit")],
                plugins: ["EmbedThemes"]),
        .target(name: "Exchange", dependencies: ["Domain", "Effects", "Wording", .product(name: "CSV", package: "CSV.swift")]),
        .executableTarget(
            name: "tavle",
            dependencies: ["Domain", "Effects", "FileStore", "PostgresStore", "Demo", "Wording", "TUI", "Exchange", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "tavle-bench", dependencies: ["Domain", "Effects", "FileStore", "PostgresStore", "Demo", "Wording", "TUI", "Exchange"]),
        .target(name: "CFuzzer"),
        .target(name: "FuzzChecks", dependencies: ["Domain", "Effects", "Demo", "Wording", "Exchange", "CFuzzer"]),
        .executableTarget(name: "tavle-fuzz-log", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "tavle-fuzz-csv", dependencies: ["FuzzChecks"]),
        .target(name: "TestSupport", dependencies: ["Domain", "Wording"], path: "Tests/TestSupport"),
        .testTarget(name: "DomainTests", dependencies: ["TestSupport", "Domain", "Effects", "FileStore", "Demo", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "TUITests", dependencies: ["TestSupport", "TUI", "Effects", "Wording", "Domain", "Demo", "FileStore",
                                                   .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Golden"]),
        .testTarget(name: "EffectsTests", dependencies: ["Effects"], exclude: ["csdid_reference.py"]),
        .testTarget(name: "WordingTests", dependencies: ["TestSupport", "Wording", "Domain", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "ExchangeTests", dependencies: ["TestSupport", "Exchange", "Effects", "Wording", "Domain", "Demo"]),
        .testTarget(name: "FuzzTests", dependencies: ["TestSupport", "FuzzChecks", "Domain"], exclude: ["Corpus"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "tavle", "Effects", "Domain", "FileStore", "PostgresStore", "Demo", "Wording"]),
    ],
    swiftLanguageModes: [.v6]
)

/// The log's fold, its reader and the demo's generator are optimised in a debug build too: `swift run tavle --demo`
/// replays tens of thousands of events, and the suite replays many logs; unoptimised, both take several times as long.
var optimisedEvenInDebug: [SwiftSetting] { [.unsafeFlags(["-O"], .when(configuration: .debug))] }
