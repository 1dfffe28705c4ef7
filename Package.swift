// swift-tools-version: 6.0
import PackageDescription

let releaseFlags: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "geotone",
    products: [
        .executable(name: "geotone", targets: ["GeoToneCLI"]),
        .library(name: "GeoTone", targets: ["GeoTone"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCSV", providers: [.apt(["libcsv-dev"])]),
        .target(name: "GeoTone", dependencies: ["CSQLite", "CCSV"], swiftSettings: releaseFlags),
        .executableTarget(
            name: "GeoToneCLI",
            dependencies: ["GeoTone", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: releaseFlags),
        // Temporary folders of both test targets: one root per test process, removed at exit.
        .target(name: "GeoToneTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GeoToneTests", dependencies: ["GeoTone", "GeoToneTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GeoToneCLITests", dependencies: ["GeoTone", "GeoToneTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
