import Testing
@testable import GeoTone

/// FIPS 180-4 test vectors and incremental use.
@Suite("SHA256")
struct SHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let message: [UInt8]
        let digest: String
        var testDescription: String { name }
    }

    static let vectors: [Vector] = [
        Vector(name: "empty", message: [], digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(name: "abc", message: Array("abc".utf8),
               digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(name: "448-bit message",
               message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
               digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(name: "1000 × a", message: [UInt8](repeating: 0x61, count: 1000),
               digest: "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        Vector(name: "all byte values × 3", message: Array((0...255).map(UInt8.init)) + Array((0...255).map(UInt8.init)) + Array((0...255).map(UInt8.init)),
               digest: "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363"),
    ]

    @Test("known digests", arguments: vectors)
    func knownDigests(_ v: Vector) {
        #expect(SHA256.hex(of: v.message) == v.digest)
    }

    @Test("feeding in pieces equals feeding at once")
    func incremental() {
        let message = Self.vectors[4].message
        for split in [0, 1, 55, 56, 63, 64, 65, 700] {
            var h = SHA256()
            h.update(message[..<split])
            h.update(message[split...])
            #expect(h.hexDigest == Self.vectors[4].digest)
        }
    }

    @Test("reading the digest does not consume the hash")
    func digestIsNonDestructive() {
        var h = SHA256()
        h.update(Array("ab".utf8))
        _ = h.hexDigest
        h.update(Array("c".utf8))
        #expect(h.hexDigest == Self.vectors[1].digest)
        #expect(h.digest.count == 32)
    }
}
