#if canImport(Glibc)
import Glibc
#endif

/// The libFuzzer entry point for all geotone fuzz targets; `GEOTONE_FUZZ_TARGET` picks one.
///
/// Scripts/fuzz.sh compiles the library sources and the files in Fuzz/ into one binary with
/// `-sanitize=fuzzer,address`, then runs it once per target with that target's seed corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func geotoneFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    switch FuzzTarget.selected {
    case .txt: TxtReaderFuzz.run(bytes)
    case .jsonl: JSONLReaderFuzz.run(bytes)
    case .csv: CSVReaderFuzz.run(bytes)
    case .tokenizer: TokenizerFuzz.run(bytes)
    case .matcher: MatcherFuzz.run(bytes)
    }
    return 0
}

/// The fuzz targets, by the name given in `GEOTONE_FUZZ_TARGET`.
enum FuzzTarget: String, CaseIterable {
    case txt, jsonl, csv, tokenizer, matcher

    /// The target named in the environment (read once); `txt` when unset. An unknown name stops the run.
    static let selected: FuzzTarget = {
        guard let raw = getenv("GEOTONE_FUZZ_TARGET") else { return .txt }
        let name = String(cString: raw)
        guard let target = FuzzTarget(rawValue: name) else {
            fputs("unknown GEOTONE_FUZZ_TARGET \(name); one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n", stderr)
            exit(2)
        }
        return target
    }()

    /// The Datasets folder: `GEOTONE_DATASETS`, else `Datasets` in the working directory.
    static let datasets: String = getenv("GEOTONE_DATASETS").map { String(cString: $0) } ?? "Datasets"

    /// Splits `bytes` into chunks whose sizes come from the first byte, so chunk boundaries get fuzzed too.
    static func chunks(_ bytes: UnsafeBufferPointer<UInt8>) -> (chunkSize: Int, payload: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return (1, bytes) }
        return (Int(first % 64) + 1, UnsafeBufferPointer(rebasing: bytes.dropFirst()))
    }

    /// Feeds `payload` to `consume` in chunks of `size` bytes.
    static func feed(_ payload: UnsafeBufferPointer<UInt8>, size: Int, _ consume: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        while start < payload.count {
            let end = min(payload.count, start + size)
            consume(UnsafeBufferPointer(rebasing: payload[start..<end]))
            start = end
        }
    }
}
