import Testing
@testable import GeoTone

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    func run(_ s: String) -> String {
        String(decoding: normalizer.normalize(Array(s.utf8)), as: UTF8.self)
    }

    @Test(arguments: [
        ("Kazakhstan’s ‘role’", "Kazakhstan's 'role'"),
        ("“stronger” „ties“", "\"stronger\" \"ties\""),
        ("countries – to be joined — by", "countries - to be joined - by"),
        ("wait…", "wait..."),
        ("non\u{00A0}breaking", "non breaking"),
        ("Kazakh\u{00AD}stan", "Kazakhstan"),
        ("AT&amp;T &lt;b&gt; &quot;x&quot; it&#39;s &apos;y&apos; a&nbsp;b", "AT&T <b> \"x\" it's 'y' a b"),
        ("&#233;t&#xE9; &#x41;", "été A"),
        ("Cote d'Ivoire: Co\u{0302}te, Sa\u{0303}o, Zu\u{0308}rich", "Cote d'Ivoire: Côte, São, Zürich"),
        ("R&D &unknown; & &#xZZ; &#;", "R&D &unknown; & &#xZZ; &#;"),
        ("日本語 stays", "日本語 stays"),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(run(input) == expected)
    }

    /// A character written as an entity folds exactly as the same character written literally.
    @Test(arguments: [
        ("U.S.&#8211;Russia talks", "U.S.–Russia talks"),
        ("Kazakhstan&rsquo;s &lsquo;role&rsquo;", "Kazakhstan’s ‘role’"),
        ("&ldquo;ties&rdquo; &mdash; &ndash; &hellip;", "“ties” — – …"),
        ("non&#160;breaking &#x202F;x", "non\u{00A0}breaking \u{202F}x"),
        ("Kazakh&shy;stan Kazakh&#173;stan", "Kazakh\u{00AD}stan Kazakh\u{00AD}stan"),
        ("Co&#770;te Zu&#x308;rich", "Co\u{0302}te Zu\u{0308}rich"),
        ("Z&uuml;rich S&atilde;o Bogot&aacute;", "Zürich São Bogotá"),
    ])
    func entitiesFoldLikeLiterals(_ encoded: String, _ literal: String) {
        #expect(run(encoded) == run(literal), "\(encoded)")
    }
}
