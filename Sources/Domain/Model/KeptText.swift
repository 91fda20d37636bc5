/// A free text that is mostly kept and seldom read (a contact's summary, what a follow-up is: at 1 000 000 events, two
/// fifths of a snapshot's bytes), held either as a string or as the UTF-8 bytes a snapshot held it in, made a string
/// each time it is read.
///
/// Unpacking a snapshot then makes no string, no allocation and no UTF-8 check for each of half a million texts; the
/// section's texts are copied once, side by side, into one buffer they share. Read, the bytes are decoded as
/// `String(decoding:)` does (an invalid sequence would become U+FFFD, never a crash), though a snapshot's bytes are
/// authenticated before its state is used, and were a string's when packed.
struct KeptText: Sendable {
    private enum Storage: Sendable {
        case string(String)
        /// `count` bytes from `start` in `texts`.
        case stored(SharedTexts, start: UInt32, count: UInt32)
    }

    private let storage: Storage

    init(_ s: String) { storage = .string(s) }

    /// Bytes already checked to lie inside `texts` (`Unpacker.keptText`).
    init(_ texts: SharedTexts, start: Int, count: Int) {
        storage = .stored(texts, start: UInt32(truncatingIfNeeded: start), count: UInt32(truncatingIfNeeded: count))
    }

    var string: String {
        if case .string(let s) = storage { return s }
        return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether it points into a snapshot's texts (and so keeps them).
    var isStored: Bool {
        if case .stored = storage { return true }
        return false
    }

    /// Its UTF-8 bytes, given to `body` where they lie (packed without making a string of stored bytes).
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch storage {
        case .string(var s): return s.withUTF8(body)
        case .stored(let texts, let start, let count):
            return texts.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(start) + Int(count)])) }
        }
    }
}

/// Equal when their texts are, however each is held.
extension KeptText: Equatable {
    static func == (a: KeptText, b: KeptText) -> Bool { a.string == b.string }
}

/// The texts of one snapshot section, side by side: what its kept texts point into. Never changed once made.
final class SharedTexts: Sendable {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
}
