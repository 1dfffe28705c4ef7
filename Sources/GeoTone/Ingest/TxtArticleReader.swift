/// Reads one article per `.txt` file in the wire-story shape of the seed article.
///
/// Shape: optional section line, headline, a dateline opening the body (`Astana, Feb 28 (EFE).- …`),
/// paragraphs, then trailing signatures (`kk-mos/sc`) and site furniture (`Related Articles`) that are dropped.
public struct TxtArticleReader: Sendable {
    /// Lines of site furniture, lowercased, dropped wherever they stand alone at the end of a file.
    public let furniture: Set<String>
    public let options: IngestOptions

    /// Longest line, in characters, that can be a signature like `kk-mos/sc`.
    static let maxSignatureLength = 24
    /// Longest paragraph, in characters, taken for a headline or section line when no dateline is found.
    static let maxHeadlineLength = 200

    public init(furniture: Set<String>, options: IngestOptions) {
        self.furniture = furniture
        self.options = options
    }

    /// Splits decoded text into an article. `fileYear` is the year of the file's modification time.
    public func parse(text: String, path: String, fileYear: Int?, report: (Diagnostic) -> Void) -> Article? {
        var paragraphs = Self.paragraphs(of: text)
        // Drop trailing furniture and signatures.
        while let last = paragraphs.last, isFurniture(last) || isSignature(last) { paragraphs.removeLast() }
        guard !paragraphs.isEmpty else {
            report(Diagnostic(.warning, "empty-article", path: path, line: 1, "file has no article text; skipped"))
            return nil
        }
        var title = ""
        var bodyParagraphs: [String]
        // The dateline opens one of the first four paragraphs; the paragraph before it is the headline (a section
        // line before that is dropped).
        let found = paragraphs.prefix(4).indices.lazy.compactMap { i in Dateline.parse(Substring(paragraphs[i])).map { (i, $0) } }.first
        let dateline = found?.1
        if let (index, parsed) = found {
            if index > 0 { title = paragraphs[index - 1] }
            var first = paragraphs[index]
            first = String(decoding: Array(first.utf8).dropFirst(parsed.length), as: UTF8.self)
            bodyParagraphs = [first] + paragraphs[(index + 1)...]
        } else {
            if paragraphs.count >= 2, paragraphs[0].count <= Self.maxHeadlineLength, !paragraphs[0].contains("\n") {
                title = paragraphs[0]
                bodyParagraphs = Array(paragraphs.dropFirst())
            } else {
                bodyParagraphs = paragraphs
            }
            report(Diagnostic(.info, "no-dateline", path: path, line: 1, "no dateline found; the article has no date or place"))
        }
        // A closing agency word at the end of the last paragraph (` EFE`) is a signature, not text.
        if let agency = dateline?.agency, var last = bodyParagraphs.last, last.hasSuffix(" " + agency) {
            last.removeLast(agency.count + 1)
            bodyParagraphs[bodyParagraphs.count - 1] = last
        }
        var body = bodyParagraphs.joined(separator: "\n\n")
        if body.utf8.count > options.maxArticleBytes {
            body = Self.truncate(body, toBytes: options.maxArticleBytes)
            report(Diagnostic(.warning, "article-too-long", path: path, line: 1,
                              "article longer than --max-article-bytes (\(options.maxArticleBytes)); analysed up to the limit"))
        }
        var article = Article(id: ArticleID.derived(path: path, line: nil), sourcePath: path, line: 1, title: title, body: body)
        if let dateline {
            article.datelinePlace = dateline.place
            article.agency = dateline.agency
            DatelineDate.apply(dateline, to: &article, defaultYear: options.defaultYear,
                               fileYear: options.dateFromFileTime ? fileYear : nil, path: path, line: 1, report: report)
        }
        return article
    }

    /// Paragraphs: blocks separated by blank lines, each with its lines joined by single spaces trimmed.
    static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        // "\r\n" is one Character in Swift, so CRLF (and lone CR) line ends are matched explicitly.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: " ")); current.removeAll() }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    func isFurniture(_ paragraph: String) -> Bool { furniture.contains(paragraph.lowercased()) }

    /// A short token with no spaces made of lowercase letters and `-`, `/`: `kk-mos/sc`, `jl/ar`.
    func isSignature(_ paragraph: String) -> Bool {
        guard paragraph.count <= Self.maxSignatureLength, !paragraph.contains(" "),
              paragraph.contains("/") || paragraph.contains("-") else { return false }
        return paragraph.allSatisfy { ($0.isLetter && $0.isLowercase) || $0 == "-" || $0 == "/" || $0.isNumber }
    }

    /// `text` cut to at most `bytes` UTF-8 bytes without splitting a character.
    static func truncate(_ text: String, toBytes bytes: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > bytes else { return text }
        // Back up from the first byte left out to the start of its character.
        var end = utf8.index(utf8.startIndex, offsetBy: max(0, bytes))
        while end > utf8.startIndex && utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }
}
