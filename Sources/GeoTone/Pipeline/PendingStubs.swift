// Temporary until the detection and sentiment branches land; removed at merge.
struct DatelineResolver {
    let gazetteer: Gazetteer
    init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }
    func resolve(_ place: String) -> Int? { nil }
}
struct FocusSelector {
    func focus(mentions: [(country: Int, mentions: Int)], title: Set<Int>, dateline: Int?) -> [Int] {
        var result = Set(title)
        if let dateline { result.insert(dateline) }
        return Array(result)
    }
}
extension SentimentLexicon {
    static func load(path: String) throws -> SentimentLexicon { try loadBundled("vader", datasetsDirectory: path) }
}
