import PropertyBased
import Testing
@testable import Domain

/// The paths made for national scale against the ones they replaced, on random networks: a scorecard's values
/// gathered in one pass against school by school, cells grouped by cluster in one pass against a filter per
/// cluster, and a record's strings written in runs against byte by byte.
@Suite struct ScaleTests {
    static let p = "elevloeft"
    static let schools = (0..<12).map { pad(100_000 + $0, 6) }

    /// A network of twelve schools in three clusters (two schools outside the programme) with random evaluations
    /// of the built-in indicators, and random values of a defined one, each number in `numbers` one value.
    static func network(_ numbers: [Int]) -> NetworkState {
        var s = NetworkState()
        let day = Day(year: 2026, month: 1, day: 1)!
        func put(_ e: Event) { s.apply(Recorded(seq: s.lastSeq + 1, at: Timestamp(milliseconds: 1_000 * Int64(s.lastSeq + 1)), actor: "mfr", event: e)) }
        put(.programmeDefined(Programme(id: p, name: "Elevløft", start: Day(year: 2025, month: 8, day: 1)!, end: Day(year: 2028, month: 7, day: 31)!)))
        for (i, school) in schools.enumerated() {
            put(.schoolRegistered(School(institution: school, name: "Skole \(i)", municipality: [101, 147, 492, 751][i % 4], kind: .folkeskole)))
            guard i < 10 else { continue }
            put(.participationSet(Enrolment(p, school), status: .accepted, track: nil, reason: nil, date: day))
        }
        for c in 0..<3 { put(.clusterFormed(id: "K\(c)", programme: p, name: "Klynge \(c)", track: nil)) }
        for (i, school) in schools.prefix(9).enumerated() { put(.schoolPlaced(cluster: "K\(i % 3)", school: school)) }
        let d = IndicatorDefinition(id: "trivsel", programme: p, names: [LocalName("da", "Trivsel")],
                                    baseline: [.schoolYear(2022), .schoolYear(2023)], target: IndicatorTarget(kind: .change, school: Fixed(2)))
        put(.indicatorDefined(d))
        for (n, x) in numbers.enumerated() {
            let school = schools[x % schools.count]
            if x % 3 == 0 {
                put(.measurementRecorded(Measurement(programme: p, indicator: "trivsel", school: school, period: .schoolYear(2020 + x / 7 % 7),
                                                     value: Fixed(units: x * 137 % 1_000_000), pupils: 20 + x % 50)))
            } else {
                put(.evaluationRecorded(Evaluation(id: "V\(n)", programme: p, school: school, indicator: BuiltinIndicator.allCases[x / 5 % BuiltinIndicator.allCases.count],
                                                   point: x % 11 == 0 ? nil : MeasuringPoint.allCases[x / 3 % 3], hundredths: x * 31 % 10_001,
                                                   date: day.adding(days: x / 13 % 40))))
            }
        }
        return s
    }

    /// The overview's overdue follow-ups, the oldest few and the count, against sorting them all: random due
    /// days (many the same, so the id decides), some done, some in another programme.
    @Test func theOldestOverdueFollowUpsAreTheFirstOfAllOfThemSorted() async {
        await propertyCheck(count: 80, input: Gen.int(in: 0...5000).array(of: 0...150)) { numbers in
            var s = Self.network([])
            let day = Day(year: 2026, month: 1, day: 1)!
            for (n, x) in numbers.enumerated() {
                let f = FollowUp(id: "F\(x * 7 % 1000)-\(n)", programme: x % 5 == 0 ? "andet" : Self.p, school: Self.schools[x % 12],
                                 what: "Opgave", who: "leder", due: day.adding(days: x % 9))
                s.apply(Recorded(seq: s.lastSeq + 1, at: Timestamp(milliseconds: 1_000 * Int64(s.lastSeq + 1)), actor: "mfr", event: .followUpAgreed(f)))
                if x % 4 == 0 { s.apply(Recorded(seq: s.lastSeq + 1, at: Timestamp(milliseconds: 1_000 * Int64(s.lastSeq + 1)), actor: "mfr", event: .followUpDone(id: f.id, date: day))) }
            }
            let today = day.adding(days: 1 + numbers.count % 8)
            let all = s.followUps.values.filter { $0.programme == Self.p && $0.isOverdue(on: today) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
            for limit in [0, 1, 3, 10, 200] {
                let (count, oldest) = s.overdueFollowUps(Self.p, today: today, first: limit)
                #expect(count == all.count && oldest == Array(all.prefix(limit)), "first \(limit)")
            }
            #expect(s.overdueFollowUps(Self.p, today: today) == all)
        }
    }

    @Test func aScorecardGatheredOnceAgreesWithOneSchoolAtATime() async {
        await propertyCheck(count: 80, input: Gen.int(in: 0...5000).array(of: 0...120)) { numbers in
            let s = Self.network(numbers)
            for d in s.indicatorDefinitions(Self.p) {
                let lookup = s.seriesLookup(d)
                for school in Self.schools { #expect(lookup(school) == s.series(d, school: school)) }
                let cells = s.scoreCells(d, schools: Self.schools)
                #expect(cells == Self.schools.map { s.scoreCell(d, school: $0) })
                // The groups as they were found before: each cluster filtering every cell.
                let list = s.scorecardSchools(Self.p)
                let each = list.map { s.scoreCell(d, school: $0) }
                var expected = [ScoreGroup(kind: .programme, id: Self.p, score: s.groupScore(d, cells: each))]
                for c in s.clusters.values where c.programme == Self.p {
                    let mine = each.filter { s.clusterOf[Enrolment(Self.p, $0.school)] == c.id }
                    if !mine.isEmpty { expected.append(ScoreGroup(kind: .cluster, id: c.id, score: s.groupScore(d, cells: mine))) }
                }
                let groups = s.scoreGroups(d, schools: list)
                #expect(Array(groups.prefix(expected.count)) == expected)
                #expect(groups.last?.score == s.groupScore(d, cells: s.comparisonSchools(d).map { s.scoreCell(d, school: $0) }))
                // The values gathered once serve the cells, the groups and the comparison pool alike.
                #expect(s.scoreGroups(d, cells: cells, lookup: lookup) == s.scoreGroups(d, cells: cells))
                #expect(lookup.measured.map { $0 == s.measuredSchools(d) } ?? true)
            }
        }
    }

    /// The escapes as the writer made them one byte at a time before.
    static func escapedByteByByte(_ s: String) -> [UInt8] {
        var out: [UInt8] = [34]
        for b in s.utf8 {
            switch b {
            case 34: out += [92, 34]
            case 92: out += [92, 92]
            case 10: out += [92, 110]
            case 13: out += [92, 114]
            case 9: out += [92, 116]
            case 0: out += [0xEF, 0xBF, 0xBD]
            case 0..<32: out += Array("\\u00".utf8) + [hexDigit(b >> 4), hexDigit(b & 15)]
            default: out.append(b)
            }
        }
        return out + [34]
    }

    @Test func stringsAreWrittenAsTheyWereByteByByte() async {
        let alphabet: [Character] = ["a", "Ø", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", " ", "é", "🙂", "z"]
        await propertyCheck(count: 300, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...40)) { picks in
            // Sometimes long enough that the writer's buffer grows, once or several times, mid-field.
            let s = String(repeating: String(picks.map { alphabet[$0] }), count: picks.first.map { $0 % 3 == 0 ? 60 : 1 } ?? 1)
            var w = RecordWriter()
            w.field("k", s)
            w.field("n", picks.count)
            let expected = Array("{\"k\":".utf8) + Self.escapedByteByByte(s) + Array(",\"n\":\(picks.count)".utf8)
            #expect(w.bytes == expected)
            #expect(w.count == expected.count)
        }
    }

    /// A field written from its value, against the same field written from its spelling as a string.
    static func same(_ typed: (inout RecordWriter) -> Void, _ spelled: String) -> Bool {
        var a = RecordWriter(), b = RecordWriter()
        typed(&a)
        b.field("k", spelled)
        return a.bytes == b.bytes
    }

    @Test func timesDaysValuesAndPeriodsAreWrittenAsTheirSpellings() async {
        let edges: [Int64] = [0, -1, 1, 86_399_999, 86_400_000, -86_400_000, -62_135_596_800_000, 253_402_300_799_999, 1_000_000_000_000_000]
        await propertyCheck(count: 400, input: Gen.int(in: -2_000_000_000...2_000_000_000).array(of: 4)) { n in
            let ms = n[0] % 7 == 0 ? edges[abs(n[1]) % edges.count] : Int64(n[0]) * 3_600_017 + Int64(n[1])
            let t = Timestamp(milliseconds: ms)
            #expect(Self.same({ $0.field("k", t) }, t.iso), "\(ms)")
            let d = Day(ordinal: n[1] % 4_000_000)
            #expect(Self.same({ $0.field("k", d) }, d.iso), "\(d.ordinal)")
            let f = Fixed(units: n[2] % 3 == 0 ? n[2] : n[2] * 1_000_003 + n[3] % 10_000)
            #expect(Self.same({ $0.field("k", f) }, f.spelled), "\(f.units)")
            for p in [Period.schoolYear(n[3] % 20_000), .year(n[2] % 20_000), .day(d), .point(MeasuringPoint.allCases[abs(n[0]) % 3])] {
                #expect(Self.same({ $0.field("k", p) }, p.spelled), "\(p)")
            }
            for i in [n[0], n[0] * n[1], Int.min, Int.max, 0, -7] {
                var a = RecordWriter()
                a.field("k", i)
                #expect(a.bytes == Array("{\"k\":\(i)".utf8))
            }
        }
    }

    /// A school's page asks every record whether it names the school, without building the list of schools.
    @Test(arguments: EventType.allCases) func anEventNamesASchoolWhenItsListHoldsIt(type: EventType) {
        for full in [false, true] {
            let e = CanonicalTests.sample(type, full: full)
            for school in Set(e.schools + ["999999", ""]) { #expect(e.names(school: school) == e.schools.contains(school), "\(type) \(school)") }
        }
    }

    /// The history holds a million records: one is no larger than a contact's or a measurement's event needs (the
    /// larger kinds are kept out of line), so a meeting or an indicator's definition does not set every record's size.
    @Test func aRecordIsAsSmallAsTheCommonKindsAllow() {
        #expect(MemoryLayout<Event>.size <= max(MemoryLayout<Contact>.size, MemoryLayout<Measurement>.size) + 1)
        #expect(MemoryLayout<Recorded>.stride <= 152)
    }

    /// A line's text is checked as UTF-8 without making a string: the check says yes exactly when decoding (which
    /// repairs what is not well-formed) spells the bytes unchanged. Every sequence of two bytes, then random runs of
    /// the bytes where the rules change (lead bytes, the edges of the continuation ranges, overlong and surrogate
    /// forms, the end of Unicode).
    @Test func textIsCheckedAsUTF8AsDecodingWould() async {
        var pair = [UInt8](repeating: 0, count: 2)
        for a in 0...255 {
            for b in 0...255 {
                pair[0] = UInt8(a); pair[1] = UInt8(b)
                let same = pair.withUnsafeBytes { (isValidUTF8($0), validUTF8($0) != nil) }
                #expect(same.0 == same.1, "\(a) \(b)")
            }
        }
        // Every lead byte with every second byte, then with every third or fourth byte, the rest continuation bytes.
        for a in 0xC0...0xFF {
            for b in 0...255 {
                for bytes in [[a, b, 0x80], [a, b, 0x80, 0x80], [a, 0xA0, b], [a, 0x90, 0x80, b], [a, 0x90, b, 0x80]].map({ $0.map(UInt8.init) }) {
                    let same = bytes.withUnsafeBytes { (isValidUTF8($0), validUTF8($0) != nil) }
                    #expect(same.0 == same.1, "\(bytes)")
                }
            }
        }
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                              0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xFF]
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(edges.count - 1)).array(of: 0...12)) { picks in
            let bytes = picks.map { edges[$0] }
            let same = bytes.withUnsafeBytes { (isValidUTF8($0), validUTF8($0) != nil) }
            #expect(same.0 == same.1, "\(bytes)")
        }
        for text in ["", "æøå", "Skolen på Ø", "🙂 x", "\u{10FFFF}", "\u{FFFD}"] {
            #expect(Array(text.utf8).withUnsafeBytes { isValidUTF8($0) })
        }
    }

    /// A string as the reader read it byte by byte before it skipped eight bytes at a time: where it ends, and what
    /// it reads as (or why it is refused).
    static func textByteByByte(_ b: UnsafeRawBufferPointer) -> (Result<ParsedText, RecordProblem>, Int) {
        var i = 1
        let start = i
        var ascii = true, escaped = false
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: b[start..<i])
                i += 1
                if escaped { return (Result { () throws(RecordProblem) in .string(try RecordReader.Parser.unescape(raw, column: start)) }, i) }
                if !ascii, validUTF8(raw) == nil { return (.failure(.malformed("invalid UTF-8 at column \(start + 1)")), i) }
                return (.success(.text(start..<(i - 1))), i)
            }
            if c == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            if c < 32 { return (.failure(.malformed("control character at column \(i + 1)")), i) }
            if c >= 0x80 { ascii = false }
            i += 1
        }
        return (.failure(.malformed("unterminated string at column \(start)")), i)
    }

    /// Strings of every length around eight bytes and its multiples, with quotes, escapes, control characters,
    /// well- and ill-formed UTF-8 at every place: the reader's eight-bytes-at-a-time scan reads each as byte by byte did.
    @Test func textIsReadEightBytesAtATimeAsByteByByte() async {
        let pieces: [[UInt8]] = [[0x61], [0x61], [0x61], [0x20], [0x7E], [0x7F], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x99, 0x82],
                                 [0x22], [0x5C, 0x22], [0x5C, 0x5C], [0x5C, 0x6E], [0x5C, 0x75, 0x30, 0x30, 0x65, 0x39], [0x5C],
                                 [0x00], [0x01], [0x1F], [0x80], [0xFF], [0xC3], [0xED, 0xA0, 0x80]]
        await propertyCheck(count: 4000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40)) { picks in
            // Mostly plain letters, so that a scan has long runs to skip.
            let content = picks.flatMap { $0 % 3 == 0 ? pieces[$0] : [0x61] }
            for tail in [[0x22], [0x22, 0x2C, 0x22, 0x78, 0x22], []] as [[UInt8]] {
                let body = [0x22] + content + tail
                body.withUnsafeBytes { raw in
                    var p = RecordReader.Parser(b: raw, i: 0)
                    let read = Result { () throws(RecordProblem) in try p.text() }
                    let reference = Self.textByteByByte(raw)
                    #expect(read == reference.0, "\(body)")
                    if case .success = read { #expect(p.i == reference.1, "\(body)") }
                }
            }
        }
    }
}
