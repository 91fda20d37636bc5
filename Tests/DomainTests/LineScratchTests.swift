import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Domain

/// A log's lines are read through fields and a writer kept from line to line (`LineScratch`): each line reads as
/// it does alone, whatever the lines before it held or where they failed, and a value's bytes read as its string.
@Suite struct LineScratchTests {
    /// Text with what JSON escapes, Danish letters and plain words: strings that make `decoded` entries and not.
    static let texts = ["Kort", "Besøg på \"Bakkeskolen\"", "linje 1\nlinje 2", "a\\b", "tab\there", "Ærø", "x", ""]

    /// A record of some kind with texts and lists of the given picks (lists of 0–3 items, escaped or not).
    static func event(_ n: Int) -> Event {
        let text = texts[n % texts.count].isEmpty ? "Tom" : texts[n % texts.count]
        let list = (0..<(n / 7 % 4)).map { texts[($0 + n) % texts.count].isEmpty ? "Leder" : texts[($0 + n) % texts.count] }
        let day = Day(year: 2026, month: 3, day: 4)!
        switch n % 6 {
        case 0: return .contactRecorded(Contact(id: "C\(n)", programme: "p", school: "101001", date: day, form: .phone,
                                                participants: list, summary: text, by: "ahj"))
        case 1: return .meetingHeld(id: "M0001", attendance: list)
        case 2: return .measurementRecorded(Measurement(programme: "p", indicator: "dansk", school: "1010\(n % 100)",
                                                        period: n % 4 == 0 ? .year(2016) : .schoolYear(2000 + n % 30),
                                                        value: Fixed(units: n * 137 - 5000), pupils: n % 3 == 0 ? nil : n % 500,
                                                        source: n % 5 == 0 ? nil : text))
        case 3: return .meetingCancelled(id: "M0001", reason: text)
        case 4: return CanonicalTests.sample(EventType.allCases[n % EventType.allCases.count], full: n % 2 == 0)
        default: return .followUpMoved(id: "F0001", due: day, reason: text)
        }
    }

    /// A line of `event`, or (for `damage`) the same line with one byte of its body changed and its checksum made
    /// to match, so that it fails somewhere inside (or, rarely, still reads).
    static func line(_ n: Int, damage: Int?) -> [UInt8] {
        let r = Recorded(seq: 7, at: Timestamp(milliseconds: 1_780_000_000_000 + Int64(n)), actor: "ahj", event: event(n))
        var w = RecordWriter()
        EventCodec.encode(r, into: &w)
        var body = w.bytes
        if let damage {
            let at = 1 + damage % (body.count - 1)
            body[at] = [UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "\\"), 0xC3, UInt8(ascii: "9"), UInt8(ascii: "}")][damage % 6]
        }
        let crc = body.withUnsafeBytes { CRC32C.chained(previous: 0, $0) }
        return body + Array(",\"crc\":\"\(SnapshotFormat.hex(crc))\"}".utf8)
    }

    static func alone(_ line: [UInt8]) -> Result<Recorded?, LogDamage> {
        var seq: Int?, version = 0
        return line.withUnsafeBytes { b in
            Result { () throws(LogDamage) in try LogReader.record(b, previous: 0, expected: nil, seq: &seq, version: &version).record }
        }
    }

    @Test func eachLineReadsThroughKeptFieldsAsItReadsAlone() async throws {
        let tally = Tally()
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000).array(of: 1...60)) { numbers in
            var scratch = LineScratch(repeated: RepeatedValues())
            for n in numbers {
                // A previous checksum of 0 stands for every line; a sixth of the lines are damaged.
                let line = Self.line(n, damage: n % 6 == 5 ? n / 6 : nil)
                var seq: Int?, version = 0
                let kept = line.withUnsafeBytes { b in
                    Result { () throws(LogDamage) in
                        try LogReader.record(b, previous: 0, expected: nil, seq: &seq, version: &version, scratch: &scratch).record
                    }
                }
                let fresh = Self.alone(line)
                #expect(kept == fresh, "line \(n): \(String(decoding: line, as: UTF8.self))")
                tally.tried(); if case .success = kept { tally.succeeded() }
                // What a line decoded is let go with it: the kept fields hold only this line's.
                if case .success = kept {
                    let own = line.withUnsafeBytes { b in
                        (try? RecordReader.splitChecksum(b)).flatMap { try? RecordReader.fields($0.body).decoded.count }
                    }
                    #expect(scratch.fields.decoded.count == own, "line \(n)")
                }
            }
        }
        print("property: \(tally.all) lines, \(tally.ok) read")
        #expect(tally.ok > tally.all / 2 && tally.ok < tally.all, "the lines must hold both readable and damaged ones")
    }

    /// How a period was read from its string before it was read from its bytes: the reference.
    static func referencePeriod(_ s: String) -> Period? {
        let u = Array(s.utf8)
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r { guard u[i] >= 48, u[i] <= 57 else { return nil }; n = n * 10 + Int(u[i] - 48) }
            return n
        }
        switch u.count {
        case 4: return number(0..<4).flatMap { $0 >= 1900 ? .year($0) : nil }
        case 7 where u[4] == UInt8(ascii: "/"):
            guard let y = number(0..<4), y >= 1900, let next = number(5..<7), next == (y + 1) % 100 else { return nil }
            return .schoolYear(y)
        case 10: return Day.parseISO(s).flatMap { $0.year >= 1900 ? .day($0) : nil }
        default: return MeasuringPoint(rawValue: s).map { .point($0) }
        }
    }

    /// A period's and a value's spelling read from its bytes as from its string (a period as it was read before),
    /// over spellings near the log's.
    @Test func periodsAndValuesReadFromBytesAsFromStrings() async {
        let pieces = ["1", "9", "0", "2", "/", "-", ".", "1900", "2016", "/17", "-06-30", "baseline", "final", "K", "\u{212A}", "é", "e\u{301}", "1\u{0660}"]
        await propertyCheck(count: 5000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...6)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { Period.parse(bytes: $0) } == Self.referencePeriod(text), "\(text)")
            #expect(Period.parse(text) == Self.referencePeriod(text), "\(text)")
            #expect(bytes.withUnsafeBufferPointer { Fixed.parse(utf8: $0[...]) } == Fixed.parse(text), "\(text)")
        }
        for text in ["2016/17", "2016", "2016-06-30", "baseline", "12.5", "-0.25"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { Period.parse(bytes: $0) ?? Fixed.parse(utf8: $0[...]).map { _ in .year(1) } } != nil, "\(text)")
        }
    }
}
