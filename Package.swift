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
        .testTarget(name: "GeoToneTests", dependencies: ["GeoTone"], exclude: ["Fixtures"]),
        .testTarget(name: "GeoToneCLITests", dependencies: ["GeoTone"]),
    ],
    swiftLanguageModes: [.v6]
)
