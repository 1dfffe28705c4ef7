/// Recognises a run whose inputs and method are unchanged since an earlier complete run, and gives the new run
/// that run's results instead of recomputing them.
///
/// "Unchanged" is checked in three steps, cheapest first, and any difference means a normal (incremental) run:
/// 1. among the newest complete runs with the same *method key* (options, lexicon, gazetteer, tool version, word
///    lists), the newest that read exactly the same files: same paths in the same order, same sizes and
///    modification times (dates may come from modification times);
/// 2. the CSV files that run wrote are still in the output folder, byte for byte (size, then content hash);
/// 3. every input file still has the content hash recorded for it (the files are read once, only to hash them).
/// Then the earlier run's corpus tables and diagnostics are copied into the new run inside its transaction
/// (`RunWriter.copyResults(of:)`); its
/// article and mention rows are shared, not copied (`runs.rows_run`; read them through the `run_articles` and
/// `run_mentions` views), and the CSV files are left as they are: they already hold exactly what a
/// recomputation would write.
public enum UnchangedRun {
    /// Names of the CSV files a run writes, as recorded in `run_outputs`.
    public static let outputNames = ["articles.csv", "mentions.csv", "countries.csv", "comentions.csv", "regions.csv",
                                     "timeline.csv", "datelines.csv"]

    /// One input file as a run recorded it.
    public typealias Input = RunInput

    /// How many of the newest complete runs with the same method are considered (several corpora analysed in
    /// turn into one store each find their own earlier run).
    public static let candidateRuns = 8

    /// The earlier run whose results the new run can take, or nil.
    ///
    /// `listing` holds the problems found while listing the inputs (unreadable entries, symbolic-link loops); each
    /// must be among the earlier run's diagnostics, so that taking those loses nothing.
    public static func match(in reader: RunReader, methodKey: String, files: [InputFile], outDirectory: String,
                             listing: [Diagnostic] = []) throws -> Int64? {
        guard !files.isEmpty else { return nil }
        // The newest run that read the same file list (cheap checks) is the only one whose outputs can still be in
        // `outDirectory` for these inputs; its outputs and the input contents are then verified.
        for earlier in try reader.completeRuns(methodKey: methodKey, limit: candidateRuns) {
            let inputs = try reader.inputs(run: earlier)
            guard inputs.count == files.count, !zip(inputs, files).contains(where: { input, file in
                input.path != file.path || input.bytes != file.size || input.mtime != file.mtime
            }) else { continue }
            return try verify(earlier, inputs: inputs, files: files, outDirectory: outDirectory, listing: listing, in: reader)
                ? earlier : nil
        }
        return nil
    }

    /// The expensive checks for a candidate with the same file list: listing problems, output files, contents.
    static func verify(_ earlier: Int64, inputs: [RunInput], files: [InputFile], outDirectory: String,
                       listing: [Diagnostic], in reader: RunReader) throws -> Bool {
        for d in listing where try !reader.hasDiagnostic(run: earlier, d) { return false }
        let outputs = try reader.outputs(run: earlier)
        guard outputs.count == outputNames.count else { return false }
        for output in outputs {
            let path = outDirectory + "/" + output.name
            guard let status = FileBytes.status(path: path), status.size == output.bytes,
                  (try? contentHash(path: path, limit: status.size))?.hash == output.hash else { return false }
        }
        for (input, file) in zip(inputs, files) {
            guard let now = try? contentHash(path: file.path, limit: file.size), now.bytes == input.bytes,
                  now.hash == input.hash else { return false }
        }
        return true
    }

    /// FastHash of a file's bytes up to `limit` (the size it had when it was listed).
    public static func contentHash(path: String, limit: Int) throws -> (bytes: Int, hash: String) {
        var hash = FastHash()
        var bytes = 0
        try FileBytes.stream(path: path, limit: limit) { chunk in
            hash.update(chunk)
            bytes += chunk.count
            return true
        }
        return (bytes, hash.finalize())
    }
}
