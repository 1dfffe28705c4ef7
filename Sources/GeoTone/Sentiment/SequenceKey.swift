/// Two or three entry ids as a dictionary key (the reference's idioms and n-gram boosters have
/// two or three words; longer or shorter ones can never match and are not stored).
struct SequenceKey: Hashable, Sendable {
    /// Marks the missing third word of a two-word key.
    static let none: Int32 = -2
    let a: Int32, b: Int32, c: Int32

    /// A key for `ids`, or nil unless it has two or three words.
    init?(_ ids: [Int32]) {
        guard ids.count == 2 || ids.count == 3 else { return nil }
        a = ids[0]
        b = ids[1]
        c = ids.count == 3 ? ids[2] : Self.none
    }

    /// A two-word key.
    init(_ a: Int32, _ b: Int32) { self.a = a; self.b = b; self.c = Self.none }
    /// A three-word key.
    init(_ a: Int32, _ b: Int32, _ c: Int32) { self.a = a; self.b = b; self.c = c }
}
