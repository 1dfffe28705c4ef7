/// The version recorded with every run.
public enum GeoToneVersion {
    /// Semantic version of the tool; bump it when outputs change on purpose.
    public static let string = "0.1.0"
}
