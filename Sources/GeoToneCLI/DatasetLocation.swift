import ArgumentParser
import Foundation
import GeoTone

/// Finds the `Datasets` folder: `--datasets`, `$GEOTONE_DATASETS`, `./Datasets`, or beside the package the
/// binary was built in.
enum DatasetLocation {
    static func resolve(_ explicit: String?) throws -> String {
        var candidates: [String] = []
        if let explicit { return explicit }
        if let env = ProcessInfo.processInfo.environment["GEOTONE_DATASETS"] { candidates.append(env) }
        candidates.append(FileManager.default.currentDirectoryPath + "/Datasets")
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(exe.appendingPathComponent("../../../Datasets").standardized.path)
        candidates.append(exe.appendingPathComponent("../../Datasets").standardized.path)
        candidates.append(exe.appendingPathComponent("../share/geotone/Datasets").standardized.path)
        for c in candidates where FileManager.default.fileExists(atPath: c + "/gazetteer/countries.tsv") { return c }
        throw ValidationError("cannot find the Datasets folder (looked in: \(candidates.joined(separator: ", "))); pass --datasets DIR")
    }
}
