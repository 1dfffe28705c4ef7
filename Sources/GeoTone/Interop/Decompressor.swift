import CBZip2
import CLZMA
import CZlib
import CZstd

/// A compression format of input files, chosen by the file name's last suffix.
public enum Compression: String, Sendable, CaseIterable {
    case gzip = "gz", bzip2 = "bz2", xz, zstd = "zst"

    /// The library that reads it, for messages.
    public var library: String {
        switch self {
        case .gzip: "zlib"
        case .bzip2: "libbz2"
        case .xz: "liblzma"
        case .zstd: "libzstd"
        }
    }
}

/// A damaged or cut compressed stream: `offset` is the compressed byte where decoding stopped.
public struct DecompressionError: Error, CustomStringConvertible, Sendable {
    public let format: Compression
    public let offset: Int
    public let reason: String
    public var description: String { "\(format.rawValue) stream \(reason) at compressed byte \(offset)" }
}

/// Streams compressed bytes through zlib, libbz2, liblzma or libzstd into decoded chunks of bounded size.
///
/// Concatenated streams (several gzip members, pbzip2 output, `cat a.zst b.zst`) are read one after the other.
/// The C stream structures live at fixed heap addresses, as zlib and libbz2 require; they are freed in `deinit`.
public final class Decompressor {
    public let format: Compression
    /// Decoded bytes handed out per call of `output`.
    public static let outputChunkBytes = 256 << 10

    private var output: [UInt8]
    /// Compressed bytes fed before the current chunk.
    private var fed = 0
    /// Whether the last stream ended cleanly (no partial stream pending).
    private var atStreamEnd = true
    private var zlib: UnsafeMutablePointer<z_stream>?
    private var bzip: UnsafeMutablePointer<bz_stream>?
    private var lzma: UnsafeMutablePointer<lzma_stream>?
    private var zstdContext: OpaquePointer?

    public init(_ format: Compression) throws {
        self.format = format
        output = [UInt8](repeating: 0, count: Self.outputChunkBytes)
        try start()
    }

    deinit { release() }

    private func fail(_ reason: String, at offset: Int) -> DecompressionError {
        DecompressionError(format: format, offset: offset, reason: reason)
    }

    private func start() throws {
        switch format {
        case .gzip:
            let s = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            s.initialize(to: z_stream())
            zlib = s
            guard czlib_inflate_init(s) == Z_OK else { throw fail("cannot start zlib", at: fed) }
        case .bzip2:
            let s = UnsafeMutablePointer<bz_stream>.allocate(capacity: 1)
            s.initialize(to: bz_stream())
            bzip = s
            guard BZ2_bzDecompressInit(s, 0, 0) == BZ_OK else { throw fail("cannot start libbz2", at: fed) }
        case .xz:
            let s = UnsafeMutablePointer<lzma_stream>.allocate(capacity: 1)
            s.initialize(to: lzma_stream())
            lzma = s
            guard lzma_stream_decoder(s, UInt64.max, clzma_concatenated()) == LZMA_OK else { throw fail("cannot start liblzma", at: fed) }
        case .zstd:
            guard let context = ZSTD_createDCtx() else { throw fail("cannot start libzstd", at: fed) }
            zstdContext = context
        }
    }

    private func release() {
        if let s = zlib { inflateEnd(s); s.deallocate(); zlib = nil }
        if let s = bzip { BZ2_bzDecompressEnd(s); s.deallocate(); bzip = nil }
        if let s = lzma { lzma_end(s); s.deallocate(); lzma = nil }
        if let c = zstdContext { ZSTD_freeDCtx(c); zstdContext = nil }
    }

    /// Decodes `input`, calling `body` with each decoded chunk; throws at damaged data (the chunks before it were
    /// handed out). `body` returns false to stop early.
    func feed(_ input: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws {
        guard let base = input.baseAddress, !input.isEmpty else { return }
        defer { fed += input.count }
        try output.withUnsafeMutableBufferPointer { out in
            guard let outBase = out.baseAddress else { return }
            switch format {
            case .gzip: try feedZlib(base, input.count, outBase, out.count, body)
            case .bzip2: try feedBzip(base, input.count, outBase, out.count, body)
            case .xz: try feedLZMA(base, input.count, outBase, out.count, body, finish: false)
            case .zstd: try feedZstd(base, input.count, outBase, out.count, body)
            }
        }
    }

    /// Ends the input: throws when the last stream was cut short (a truncated file).
    func finish(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws {
        if format == .xz {
            var none: UInt8 = 0
            try output.withUnsafeMutableBufferPointer { out in
                try feedLZMA(&none, 0, out.baseAddress!, out.count, body, finish: true)
            }
        }
        if !atStreamEnd { throw fail("truncated (the file ends inside a compressed stream)", at: fed) }
    }

    private func feedZlib(_ input: UnsafePointer<UInt8>, _ count: Int, _ out: UnsafeMutablePointer<UInt8>, _ outCount: Int,
                          _ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws {
        guard let s = zlib else { return }
        s.pointee.next_in = UnsafeMutablePointer(mutating: input)
        s.pointee.avail_in = UInt32(count)
        while s.pointee.avail_in > 0 {
            s.pointee.next_out = out
            s.pointee.avail_out = UInt32(outCount)
            let rc = inflate(s, Z_NO_FLUSH)
            let produced = outCount - Int(s.pointee.avail_out)
            if produced > 0 { atStreamEnd = false; if !body(UnsafeBufferPointer(start: out, count: produced)) { return } }
            if rc == Z_STREAM_END {
                atStreamEnd = true
                // Another gzip member may follow (`cat a.gz b.gz`).
                guard inflateReset(s) == Z_OK else { throw fail("cannot restart zlib", at: fed + count - Int(s.pointee.avail_in)) }
                continue
            }
            if rc == Z_OK { atStreamEnd = false; continue }
            if rc == Z_BUF_ERROR && s.pointee.avail_in == 0 { break }
            let reason = s.pointee.msg.map { String(cString: $0) } ?? "error \(rc)"
            throw fail("damaged (\(reason))", at: fed + count - Int(s.pointee.avail_in))
        }
    }

    private func feedBzip(_ input: UnsafePointer<UInt8>, _ count: Int, _ out: UnsafeMutablePointer<UInt8>, _ outCount: Int,
                          _ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws {
        guard let s = bzip else { return }
        s.pointee.next_in = UnsafeMutableRawPointer(mutating: input).assumingMemoryBound(to: CChar.self)
        s.pointee.avail_in = UInt32(count)
        while s.pointee.avail_in > 0 {
            s.pointee.next_out = UnsafeMutableRawPointer(out).assumingMemoryBound(to: CChar.self)
            s.pointee.avail_out = UInt32(outCount)
            let rc = BZ2_bzDecompress(s)
            let produced = outCount - Int(s.pointee.avail_out)
            if produced > 0 { atStreamEnd = false; if !body(UnsafeBufferPointer(start: out, count: produced)) { return } }
            if rc == BZ_STREAM_END {
                atStreamEnd = true
                let rest = s.pointee.avail_in, next = s.pointee.next_in
                BZ2_bzDecompressEnd(s)
                s.initialize(to: bz_stream())
                guard BZ2_bzDecompressInit(s, 0, 0) == BZ_OK else { throw fail("cannot restart libbz2", at: fed + count - Int(rest)) }
                s.pointee.next_in = next
                s.pointee.avail_in = rest
                continue
            }
            guard rc == BZ_OK else { throw fail("damaged (libbz2 error \(rc))", at: fed + count - Int(s.pointee.avail_in)) }
            atStreamEnd = false
        }
    }

    private func feedLZMA(_ input: UnsafePointer<UInt8>, _ count: Int, _ out: UnsafeMutablePointer<UInt8>, _ outCount: Int,
                          _ body: (UnsafeBufferPointer<UInt8>) -> Bool, finish: Bool) throws {
        guard let s = lzma else { return }
        s.pointee.next_in = input
        s.pointee.avail_in = count
        while true {
            s.pointee.next_out = out
            s.pointee.avail_out = outCount
            let rc = lzma_code(s, finish ? LZMA_FINISH : LZMA_RUN)
            let produced = outCount - s.pointee.avail_out
            if produced > 0 && !body(UnsafeBufferPointer(start: out, count: produced)) { return }
            if rc == LZMA_STREAM_END { atStreamEnd = true; return }
            if rc == LZMA_OK {
                // With LZMA_CONCATENATED the decoder says the input ended cleanly only at LZMA_FINISH.
                atStreamEnd = false
                if s.pointee.avail_in == 0 && s.pointee.avail_out > 0 { return }
                continue
            }
            if rc == LZMA_BUF_ERROR && finish { atStreamEnd = false; return }
            throw fail("damaged (liblzma error \(rc.rawValue))", at: fed + count - s.pointee.avail_in)
        }
    }

    private func feedZstd(_ input: UnsafePointer<UInt8>, _ count: Int, _ out: UnsafeMutablePointer<UInt8>, _ outCount: Int,
                          _ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws {
        guard let context = zstdContext else { return }
        var inBuffer = ZSTD_inBuffer(src: input, size: count, pos: 0)
        // Until the input is taken and the last call left room in the output (nothing more pending inside).
        var full = false
        repeat {
            var outBuffer = ZSTD_outBuffer(dst: out, size: outCount, pos: 0)
            let rc = ZSTD_decompressStream(context, &outBuffer, &inBuffer)
            if ZSTD_isError(rc) != 0 {
                throw fail("damaged (\(String(cString: ZSTD_getErrorName(rc))))", at: fed + inBuffer.pos)
            }
            atStreamEnd = rc == 0
            full = outBuffer.pos == outCount
            if outBuffer.pos > 0 && !body(UnsafeBufferPointer(start: out, count: outBuffer.pos)) { return }
        } while inBuffer.pos < inBuffer.size || full
    }
}
