import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Domain

/// A measurement's line read in one pass (`MeasurementLine`) reads as the general reader reads it: the same
/// record, or (when it is not spelled as written) the general reader's own answer, error and column alike.
@Suite struct MeasurementLineTests {
    static let texts = ["p", "dansk-under-4", "Uddannelsesstatistik, foråret", "", "a\"b", "a\\b", "x\ny", "é", "e\u{301}", "🙂", "a/b"]
    static let times: [Int64] = [1_780_000_000_000, 1_780_000_000_001, 0, -1, -62_135_596_800_001, 253_402_300_800_000, 1_780_012_345_000]

    /// A measurement from the picks: ordinary mostly, with edge values and strings the writer escapes.
    static func record(_ n: [Int]) -> Recorded {
        // Each field ordinary mostly, an edge now and then: a tenth of the picks.
        func edge(_ k: Int) -> Bool { n[k] % 10 == 0 }
        func text(_ k: Int) -> String { edge(k) ? texts[n[k] / 10 % texts.count] : ["p", "dansk", "101001", "kilde"][k % 4] }
        let periods: [Period] = [.year(1900 + n[5] % 200), .day(Day(ordinal: 700_000 + n[5] % 90_000)), .schoolYear(n[5] % 3000), .point(.baseline)]
        let values = [Fixed(units: n[6] * 10_000), Fixed(units: -n[6]), .zero, Fixed(units: 999_999_999_999_999)]
        let pupils: Int? = edge(7) ? [0, 10_000_000, 10_000_001, -1][n[7] / 10 % 4] : (n[7] % 3 == 0 ? nil : n[7] % 1000)
        let source: String? = n[8] % 3 == 0 ? nil : text(8)
        let m = Measurement(programme: text(1), indicator: text(2), school: text(3),
                            period: edge(5) ? periods[n[5] / 10 % periods.count] : .schoolYear(2000 + n[5] % 30),
                            value: edge(6) ? values[n[6] / 10 % values.count] : Fixed(units: n[6] - 500_000), pupils: pupils, source: source)
        let seq = edge(9) ? [0, 999_999_999_999_999_999, 1_000_000_000_000_000_000][n[9] / 10 % 3] : n[9] % 5000 + 1
        let event: Event = n[9] % 17 == 0 ? .measurementCorrected(m, reason: "r") : .measurementRecorded(m)
        return Recorded(seq: seq, at: Timestamp(milliseconds: edge(10) ? times[n[10] / 10 % times.count] : times[0] + Int64(n[10] % 3) * 86_399_001),
                        actor: edge(0) ? text(0) : "ahj", event: event)
    }

    /// Another spelling of the same line, or damage, by the pick.
    static func mutate(_ body: String, _ k: Int) -> String {
        let replacements: [(String, String)] = [
            (",\"v\":1,", ",\"v\":2,"), (",\"v\":1,", ",\"v\":01,"), ("\"seq\":", "\"seq\":0"), ("\"seq\":", "\"seq\": "), ("\"seq\":", "\"seq\":-"),
            (".000Z\"", "Z\""), ("T", "t"), (":\"p\"", ":\"\\u0070\""), (":\"p\"", ":\"\\/\""), ("\"pupils\":", "\"pupils\":0"),
            ("\"value\":\"", "\"value\":\"0"), ("\"value\":\"", "\"value\":\"+"), ("\",\"value", "0\",\"value"), ("\"}", "\" }"),
            (",\"pupils\":", ",\"pupils\":null,\"x\":"), ("measurement.recorded", "measurement.corrected"), (",\"school\":", ",\"schol\":"),
            (",\"source\":\"", ",\"source\":\"\\\""), ("/", "/0"), ("-", "-0"), (".", ".0"), ("\"by\":\"ahj\"", "\"by\":\"ahj\",\"by\":\"ahj\""),
        ]
        var s = body
        switch k % 30 {
        case 0..<8: return s
        case 8..<(8 + replacements.count):
            let (from, to) = replacements[k % 30 - 8]
            if let r = s.range(of: from) { s.replaceSubrange(r, with: to) }
            return s
        default:
            // A field moved to the end, or a byte changed.
            var u = Array(s.utf8)
            let at = k / 30 % u.count
            if k % 2 == 0 { u[at] = [0x20, 0x22, 0x2C, 0x30, 0x7B, 0x80, 0x5C][k / 7 % 7] } else { u.insert(u[at], at: at) }
            return String(decoding: u, as: UTF8.self)
        }
    }

    static func line(_ body: [UInt8]) -> [UInt8] {
        let crc = body.withUnsafeBytes { CRC32C.chained(previous: 0, $0) }
        return body + Array(",\"crc\":\"\(SnapshotFormat.hex(crc))\"}".utf8)
    }

    static func read(_ line: [UInt8], expected: Int?, general: Bool, scratch: inout LineScratch) -> Result<Recorded?, LogDamage> {
        var seq: Int?, version = 0
        let out = line.withUnsafeBytes { b in
            Result { () throws(LogDamage) in
                try LogReader.record(b, previous: 0, expected: expected, seq: &seq, version: &version, scratch: &scratch, general: general).record
            }
        }
        return out
    }

    @Test func aMeasurementReadInOnePassReadsAsTheGeneralReaderReadsIt() async {
        let fast = Tally(), refused = Tally()
        await propertyCheck(count: 20_000, input: Gen.int(in: 0...1_000_000).array(of: 12)) { n in
            let r = Self.record(n)
            var w = RecordWriter()
            EventCodec.encode(r, into: &w)
            let body = Array(Self.mutate(String(decoding: w.bytes, as: UTF8.self), n[11]).utf8)
            let line = Self.line(body)
            let expected: Int? = n[4] % 3 == 0 ? nil : (n[4] % 5 == 1 ? r.seq + 1 : r.seq)
            var one = LineScratch(repeated: RepeatedValues()), general = LineScratch(repeated: RepeatedValues())
            let mine = Self.read(line, expected: expected, general: false, scratch: &one)
            let theirs = Self.read(line, expected: expected, general: true, scratch: &general)
            #expect(mine == theirs, "\(String(decoding: line, as: UTF8.self))")
            let taken = body.withUnsafeBytes { MeasurementLine.read($0, scratch: &one) }
            if let taken {
                // Taken in one pass only when the general reader takes the line as that very record.
                var again = LineScratch(repeated: nil)
                #expect(Self.read(line, expected: nil, general: true, scratch: &again) == .success(taken), "\(String(decoding: line, as: UTF8.self))")
            }
            fast.tried(); if taken != nil { fast.succeeded() }
            refused.tried(); if case .failure = theirs { refused.succeeded() }
        }
        print("property: \(fast.all) lines, \(fast.ok) read in one pass, \(refused.ok) refused")
        #expect(fast.ok > fast.all / 5, "most unmutated lines must be read in one pass")
        #expect(refused.ok > fast.all / 10 && fast.ok + refused.ok < fast.all, "lines read in general, taken and refused, must be among them")
    }
}
