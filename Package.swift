// swift-tools-version: 6.0
import PackageDescription

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
        // Compressed inputs (.gz .bz2 .xz .zst); libbz2 has no pkg-config file (see CCSV).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CBZip2", providers: [.apt(["libbz2-dev"])]),
        .systemLibrary(name: "CLZMA", pkgConfig: "liblzma", providers: [.apt(["liblzma-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        // glibc's allocator controls (malloc.h); part of libc, nothing to install or link.
        .systemLibrary(name: "CMalloc"),
        .target(name: "GeoTone", dependencies: ["CSQLite", "CCSV", "CZlib", "CBZip2", "CLZMA", "CZstd", "CMalloc"]),
        .executableTarget(
            name: "GeoToneCLI",
            dependencies: ["GeoTone", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // Temporary folders of both test targets: one root per test process, removed at exit.
        .target(name: "GeoToneTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GeoToneTests", dependencies: ["GeoTone", "GeoToneTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GeoToneCLITests", dependencies: ["GeoTone", "GeoToneTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
