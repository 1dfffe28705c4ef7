/// SHA-256 (FIPS 180-4) in pure Swift, for lexicon checksums and input fingerprints.
///
/// Feed bytes with `update`, then read `hexDigest` (or `digest`). The value type can be
/// copied to fork a running hash.
///
/// - Complexity: O(n) in the number of bytes hashed.
public struct SHA256: Sendable {
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
    private static let initialState: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    /// Bytes per compression block.
    private static let blockSize = 64

    private var state: [UInt32] = SHA256.initialState
    private var pending: [UInt8] = []
    private var totalBytes: UInt64 = 0

    /// A fresh hash of the empty input.
    public init() { pending.reserveCapacity(SHA256.blockSize) }

    /// Hashes `bytes` in one call and returns the lowercase hex digest.
    public static func hex<S: Sequence>(of bytes: S) -> String where S.Element == UInt8 {
        var h = SHA256()
        h.update(bytes)
        return h.hexDigest
    }

    /// Hashes the UTF-8 bytes of `string` and returns the lowercase hex digest.
    public static func hex(of string: String) -> String { hex(of: Array(string.utf8)) }

    /// Appends bytes to the message.
    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: $0) }
        if handled != nil { return }
        update(buffer: Array(bytes))
    }

    private mutating func update(buffer: [UInt8]) {
        buffer.withUnsafeBufferPointer { update(buffer: $0) }
    }

    private mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
        totalBytes &+= UInt64(buffer.count)
        var p = 0
        if !pending.isEmpty {
            let take = min(SHA256.blockSize - pending.count, buffer.count)
            pending.append(contentsOf: buffer[0..<take])
            p = take
            if pending.count < SHA256.blockSize { return }
            let block = pending
            block.withUnsafeBufferPointer { compress($0, 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while buffer.count - p >= SHA256.blockSize {
            compress(buffer, p)
            p += SHA256.blockSize
        }
        pending.append(contentsOf: buffer[p...])
    }

    /// The 32-byte digest of everything fed so far (the hash itself is not consumed).
    public var digest: [UInt8] {
        var copy = self
        let bitLength = copy.totalBytes &* 8
        copy.pending.append(0x80)
        if copy.pending.count > SHA256.blockSize - 8 {
            while copy.pending.count < SHA256.blockSize { copy.pending.append(0) }
            let block = copy.pending
            block.withUnsafeBufferPointer { copy.compress($0, 0) }
            copy.pending.removeAll(keepingCapacity: true)
        }
        while copy.pending.count < SHA256.blockSize - 8 { copy.pending.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            copy.pending.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        let block = copy.pending
            block.withUnsafeBufferPointer { copy.compress($0, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in copy.state {
            for shift in stride(from: 24, through: 0, by: -8) {
                out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
            }
        }
        return out
    }

    /// The digest as 64 lowercase hex characters.
    public var hexDigest: String {
        digest.withUnsafeBytes { NumberFormatting.hex($0) }
    }

    private mutating func compress(_ block: UnsafeBufferPointer<UInt8>, _ offset: Int) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            SHA256.roundConstants.withUnsafeBufferPointer { k in
                state.withUnsafeMutableBufferPointer { state in
                    SHA256.compress(block.baseAddress! + offset, w.baseAddress!, k.baseAddress!, state.baseAddress!)
                }
            }
        }
    }

    /// One 64-byte block into `state`, everything through plain pointers (no array access, no global look-up, in the
    /// loops): the message schedule in `w`, the round constants in `k`.
    @inline(__always)
    private static func compress(_ block: UnsafePointer<UInt8>, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>,
                                 _ state: UnsafeMutablePointer<UInt32>) {
        for t in 0..<16 {
            let raw = UnsafeRawPointer(block + t * 4).loadUnaligned(as: UInt32.self)
            w[t] = UInt32(bigEndian: raw)
        }
        for t in 16..<64 {
            let w15 = w[t - 15], w2 = w[t - 2]
            let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
            let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = state[0], b = state[1], c = state[2], d = state[3]
        var e = state[4], f = state[5], g = state[6], h = state[7]
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let temp1 = h &+ s1 &+ ch &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let temp2 = s0 &+ maj
            h = g; g = f; f = e; e = d &+ temp1
            d = c; c = b; b = a; a = temp1 &+ temp2
        }
        state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
        state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 &- n)) }
}
