@testable import GeoTone

/// File helpers for tests that scan the repository, built on the library's POSIX reader.
enum GeoToneFiles {
    static func entries(_ directory: String) throws -> [String] { try FileBytes.directoryEntries(path: directory) }
    static func isDirectory(_ path: String) -> Bool { FileBytes.status(path: path)?.isDirectory ?? false }
    static func text(_ path: String) throws -> String { String(decoding: try FileBytes.read(path: path).bytes, as: UTF8.self) }
}
