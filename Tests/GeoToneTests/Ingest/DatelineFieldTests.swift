import Testing
@testable import GeoTone

/// The byte reading of dateline fields must give exactly what the `Character`-based `Dateline` functions give.
@Suite struct DatelineFieldTests {
    static func same(_ field: String) -> Bool {
        let fast = DatelineField.read(field)
        let reference = DatelineField.readCharacters(field)
        return fast.place == reference.place && fast.agency == reference.agency
    }

    @Test func readsPlaceAndAgency() {
        #expect(DatelineField.read("Delhi, Sep 21 (AFN) -") == ("Delhi", "AFN"))
        #expect(DatelineField.read("STAMFORD, Conn., March 3 -") == ("STAMFORD, Conn.", nil))
        #expect(DatelineField.read("  Lima, Peru  ") == ("Lima, Peru", nil))
        #expect(DatelineField.read("   ") == (nil, nil))
        #expect(DatelineField.read("Paris, Feb 3 ( ) -") == ("Paris", ""))
    }

    @Test(arguments: [
        "Delhi, Sep 21 (AFN) -", "NEW YORK, March 3 -", "Kyiv, 28 Feb (EFE).-", "WASHINGTON, Jan. 9, 2024 (GTW) -",
        "Rio de Janeiro, Sept 7 -", "STAMFORD, Conn., March 3 -", "Lima, Peru", "", " ", ",", ", Feb 3 -",
        "Paris", "Paris, Feb 31 2024", "Paris, Foo 3 - x", "Paris, Feb +3 -", "Paris, Feb -3 -", "Paris, Feb 3, 1799 -",
        "Paris, Feb 3 3 -", "Paris, 3 Feb 2024 2025 -", "Paris, Feb 99999999999999999999 -", "Paris, Feb . 3 -",
        "Paris, feb. 3 (AFP -", "Paris, FEBRUARY 3 (AFP) x -", "Paris, Feb 3 (AFP) .. - -", "Paris -, Feb 3 -",
        "A very long place name that goes on and on and on and on, Feb 3 - x", "1 Paris, Feb 3 -",
        "Saint Jean de Luz sur Mer, Feb 3 -", "Saint Jean de Luz sur, Feb 3 -", "Paris, (AFP) Feb 3 -",
        "Paris, Feb 3 (AFP), Nice -", "Paris,, Feb 3 -", "Paris , Feb 3 , (AFP) -", "Mayo, May 3 -", "May, 3 May -",
        "Paris, September 3 (A(B)) -", "Paris, Septembers 3 -", "X, Dec 31 (Y) -",
        // Not printable ASCII: the reference path is taken.
        "Bogotá, Feb 3 (EFE) -", "Paris,\tFeb 3 -", "Paris, Feb 3 (AFP) — x", "Paris\u{00A0}, Feb 3 -",
    ]) func agreesWithTheReference(_ field: String) {
        #expect(Self.same(field))
    }

    /// Random fields built from dateline pieces (a fixed seed), compared with the reference.
    @Test func agreesOnGeneratedFields() {
        let pieces = ["Paris", "NEW YORK", "Conn.", ",", ", ", " ", "  ", "Feb", "feb.", "SEPT", "September", "3", "31",
                      "32", "2024", "+7", "-", ".-", "(", ")", "(AFP)", ".", "x", "0", "1800", "2201", "Mar", "May"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var mismatches: [String] = []
        for _ in 0..<3000 {
            var field = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(state >> 60) + 1
            for _ in 0..<count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                field += pieces[Int(state >> 33) % pieces.count]
            }
            if !Self.same(field) { mismatches.append(field) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
