/// A section that says its kept texts apart (KeptText.swift): the length of its texts, the texts side by side, then
/// its values, where each kept text is only its length, its bytes following the text before it. Unpacked, the
/// texts are copied once into a buffer the values share, and a value points into it; elsewhere a kept text is
/// said as any string is.
extension Packer {
    /// The bytes of a section that `fill` packs with its kept texts apart.
    static func textsApart(_ fill: (inout Packer) -> Void) -> [UInt8] {
        var section = Packer()
        section.texts = []
        fill(&section)
        var out = Packer()
        out.int(section.texts?.count ?? 0)
        out.bytes += section.texts ?? []
        out.bytes += section.bytes
        return out.bytes
    }

    mutating func keptText(_ t: KeptText) {
        t.withUTF8 { utf8 in
            int(utf8.count)
            if texts != nil { texts!.append(contentsOf: utf8) } else { bytes.append(contentsOf: utf8) }
        }
    }
}

extension Unpacker {
    /// Reads a section's texts said apart (`Packer.textsApart`): the values after them point into them.
    mutating func textsApart() throws(SnapshotProblem) {
        let n = try count()
        // A kept text's place is four bytes: a section's texts are far from 4 GiB.
        guard n <= Int(UInt32.max) else { throw .damaged(.content) }
        texts = SharedTexts(Array(buffer[at..<(at + n)]))
        textsAt = 0
        at += n
    }

    /// Whether every text said apart was read by a value (or none were said apart): any left over is damage.
    var textsAllRead: Bool { texts.map { textsAt == $0.bytes.count } ?? true }

    @inline(__always)
    mutating func keptText() throws(SnapshotProblem) -> KeptText {
        guard let texts else { return KeptText(try string()) }
        let n = try int()
        guard n >= 0, n <= texts.bytes.count - textsAt else { throw .damaged(.content) }
        defer { textsAt += n }
        return KeptText(texts, start: textsAt, count: n)
    }
}
