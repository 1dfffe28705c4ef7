/// The country facts printed beside counts.
public struct CountryInfo: Sendable {
    public var code: String
    public var iso3: String
    public var name: String
    public var continent: String
    public var subregion: String
    public init(code: String, iso3: String, name: String, continent: String, subregion: String) {
        self.code = code
        self.iso3 = iso3
        self.name = name
        self.continent = continent
        self.subregion = subregion
    }
}
