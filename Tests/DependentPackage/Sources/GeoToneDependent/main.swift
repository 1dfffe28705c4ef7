import GeoTone

// Uses the public API another program would: open a store, read its runs, decode nothing yet.
func main() throws {
    let store = try ResultStore(path: ":memory:")
    let runs = try store.reader.runs()
    print("geotone \(GeoToneVersion.string): schema \(try store.schemaVersion()), \(runs.count) runs")
}
try main()
