import Foundation

/// Where the tests put temporary files: one root folder per test process, removed when the process exits.
///
/// The root is `<system temporary folder>/geotone-tests-<pid>-XXXXXX`, made with `mkdtemp` on first use; an
/// `atexit` handler then deletes it as a whole, so a test that fails before its own cleanup (or has none) leaves
/// nothing behind. With `GEOTONE_KEEP_TEST_FILES=1` the root is kept and its path printed once to stderr, to look at
/// a failing test's files. Both test targets use this one module, so a test process has one root.
public enum TestScratch {
    /// Set to `1` to keep the root after the process ends.
    public static let keepVariable = "GEOTONE_KEEP_TEST_FILES"
    /// How every root's name starts.
    public static let rootPrefix = "geotone-tests-"
    /// How this process's root is named, before six random characters.
    public static let rootNamePrefix = rootPrefix + "\(getpid())-"
    /// True when the root stays after the process ends.
    public static let keepsFiles = ProcessInfo.processInfo.environment[keepVariable] == "1"

    /// This process's root folder, made (and its removal at exit registered) the first time it is used.
    public static let root: String = {
        let template = NSTemporaryDirectory() + rootNamePrefix + "XXXXXX"
        var bytes = Array(template.utf8CString)
        let made: String? = bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, let name = mkdtemp(base) else { return nil }
            return String(cString: name)
        }
        guard let made else { fatalError("cannot create a temporary folder from \(template): errno \(errno)") }
        if keepsFiles {
            FileHandle.standardError.write(Data("geotone tests: keeping temporary files in \(made)\n".utf8))
        } else {
            atexit { TestScratch.removeRoot() }
        }
        return made
    }()

    /// `<root>/<name>`, not created.
    public static func path(_ name: String) -> String {
        root + "/" + name
    }

    /// A fresh empty folder `<root>/<prefix>-<UUID>`.
    public static func makeDirectory(_ prefix: String) throws -> String {
        let path = path(prefix + "-" + UUID().uuidString)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    /// Deletes the root and everything in it (the `atexit` handler).
    private static func removeRoot() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
