// swift-tools-version: 6.0
// A package that uses GeoTone as an ordinary dependency, as another project would: a released version from a git URL
// (SwiftPM refuses unsafe build flags only in such dependencies, not in the root package, a path dependency or one
// pinned to a branch or revision). `make dependent-package` clones this repository (bare) to
// .build-dependent/<commit>/geotone.git, tags the commit there as version 999.0.0, and builds this package with
// GEOTONE_REPOSITORY set to that clone.
import PackageDescription
import Foundation

let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent().path
let repository = Context.environment["GEOTONE_REPOSITORY"] ?? root + "/.build-dependent/geotone.git"

let package = Package(
    name: "GeoToneDependent",
    dependencies: [.package(url: "file://" + repository, exact: "999.0.0")],
    targets: [
        .executableTarget(name: "GeoToneDependent", dependencies: [.product(name: "GeoTone", package: "geotone")]),
    ],
    swiftLanguageModes: [.v6]
)
