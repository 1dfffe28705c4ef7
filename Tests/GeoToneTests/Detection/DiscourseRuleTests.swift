import Testing
@testable import GeoTone

/// One sense per discourse and the name rule, through the product's detection path (default options).
@Suite struct DiscourseRuleTests {

    @Test(arguments: [
        // A name once, a name throughout.
        ("Striker Jordan Ellis scored twice. Jordan has worked for this moment.", [String]()),
        // The state's legislature settles what Georgia means in the rest of the text.
        ("The Georgia General Assembly met on Tuesday. Georgia will expand its port.", []),
        // The bird in lowercase makes a sentence-initial Turkey the bird too.
        ("Wholesale turkey prices fell. Turkey growers in Minnesota were pleased.", ["US"]),
        // But the country stays the country when nothing says otherwise.
        ("Jordan and Egypt signed the accord. Jordan will host the next round.", ["EG", "JO"]),
        ("Turkey said it would reopen the border crossing with Syria.", ["SY", "TR"]),
        // A following capitalised word that starts another place is no surname.
        ("Chad Niger and Mali met in Niamey.", ["ML", "NE", "TD"]),
    ] as [(String, [String])])
    func discourse(text: String, expected: [String]) throws {
        #expect(try ProductionPath.countries(text) == expected, "\(text)")
    }
}
