import Glibc

/// A measurement's line read in one pass: at national scale nearly every line of a log is one (10 000 schools,
/// ten years, four indicators), and reading them through the general parser (fields into a list, looked up by
/// name) and then writing each whole record again to check its spelling was most of reading such a log.
///
/// Takes only a line in the one spelling `RecordWriter` gives a `measurement.recorded` record, field by field: keys
/// in their order, numbers without leading zeros, strings without escapes, and the time, period and value
/// compared with the writer's own spelling of what they read as. Anything else (another kind, an escape, a space,
/// a field out of place, a spelling the writer would not give) is left to the general reader, which then finds
/// the same record or says what is wrong and where, as before. So a line taken here is one the general reader
/// takes as the same record (`MeasurementLineTests` holds it to that).
enum MeasurementLine {
    /// The record the line holds, or nil when it is not a measurement spelled as written (read it in general).
    static func read(_ body: UnsafeRawBufferPointer, scratch: inout LineScratch) -> Recorded? {
        var c = Cursor(b: body)
        guard c.literal("{\"seq\":"), let seq = c.number(), c.literal(",\"v\":"), let version = c.number(),
              version == Recorded.currentVersion,
              c.literal(",\"at\":"), let atText = c.text(), let at = Timestamp.parse(bytes: c.bytes(atText)),
              c.literal(",\"by\":"), let by = c.text(),
              c.literal(",\"type\":\"measurement.recorded\",\"programme\":"), let programme = c.text(),
              c.literal(",\"indicator\":"), let indicator = c.text(), c.literal(",\"school\":"), let school = c.text(),
              c.literal(",\"period\":"), let periodText = c.text(), let period = Period.parse(bytes: c.bytes(periodText)),
              period.kind != .point,
              c.literal(",\"value\":"), let valueText = c.text(), let value = Fixed.parse(utf8: c.bytes(valueText)[...])
        else { return nil }
        var pupils: Int?, source: Range<Int>?
        if c.literal(",\"pupils\":") {
            guard let n = c.number(), Measurement.pupilsRange.contains(n) else { return nil }
            pupils = n
        }
        if c.literal(",\"source\":") {
            guard let s = c.text() else { return nil }
            source = s
        }
        guard c.i == body.count else { return nil }
        // The time, period and value as the writer spells what they read as: `{"k":` and then the quoted text.
        scratch.writer.reset(); scratch.writer.field("k", at)
        guard scratch.writer.withBytes({ c.same($0, atText) }) else { return nil }
        scratch.writer.reset(); scratch.writer.field("k", period)
        guard scratch.writer.withBytes({ c.same($0, periodText) }) else { return nil }
        scratch.writer.reset(); scratch.writer.field("k", value)
        guard scratch.writer.withBytes({ c.same($0, valueText) }) else { return nil }
        let repeated = scratch.fields.repeated
        func shared(_ r: Range<Int>) -> String {
            let raw = UnsafeRawBufferPointer(rebasing: body[r])
            return repeated?.string(raw) ?? String(decoding: raw, as: UTF8.self)
        }
        let m = Measurement(programme: shared(programme), indicator: shared(indicator), school: c.string(school), period: period,
                            value: value, pupils: pupils, source: source.map(shared))
        return Recorded(seq: seq, at: at, actor: c.string(by), version: version, event: .measurementRecorded(m))
    }

    private struct Cursor {
        let b: UnsafeRawBufferPointer
        var i = 0

        /// The bytes of `s`, next.
        mutating func literal(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard b.count - i >= n else { return false }
            for k in 0..<n where b[i + k] != s.utf8Start[k] { return false }
            i += n
            return true
        }

        /// A number of at most 18 digits, without a sign or a leading zero, as the writer spells one.
        mutating func number() -> Int? {
            let start = i
            var v = 0
            while i < b.count, b[i] >= 48, b[i] <= 57, i - start < 18 {
                v = v * 10 + Int(b[i] - 48)
                i += 1
            }
            guard i > start, i == b.count || b[i] < 48 || b[i] > 57 else { return nil }
            guard b[start] != 48 || i - start == 1 else { return nil }
            return v
        }

        /// A quoted string without escapes or control characters, in valid UTF-8: where its text lies.
        mutating func text() -> Range<Int>? {
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            let start = i
            var ascii = true
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    let r = start..<i
                    i += 1
                    if !ascii, !isValidUTF8(UnsafeRawBufferPointer(rebasing: b[r])) { return nil }
                    return r
                }
                if c == UInt8(ascii: "\\") || c < 32 { return nil }
                if c >= 0x80 { ascii = false }
                i += 1
            }
            return nil
        }

        func bytes(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> {
            UnsafeRawBufferPointer(rebasing: b[r]).bindMemory(to: UInt8.self)
        }

        func string(_ r: Range<Int>) -> String { String(decoding: bytes(r), as: UTF8.self) }

        /// Whether a writer's `{"k":"…"` spells the quoted text at `r`.
        func same(_ written: UnsafeRawBufferPointer, _ r: Range<Int>) -> Bool {
            let prefix = 5, quoted = (r.lowerBound - 1)..<(r.upperBound + 1)
            guard written.count - prefix == quoted.count else { return false }
            return memcmp(written.baseAddress! + prefix, b.baseAddress! + quoted.lowerBound, quoted.count) == 0
        }
    }
}
