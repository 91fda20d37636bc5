import OrderedCollections
import Testing
@testable import Domain

/// A snapshot's repeated values are said once per section and referred to after; its largest tables say each value
/// without its key when every key is the value's id.
@Suite struct PackingPoolTests {
    func unpack<T>(_ bytes: [UInt8], _ body: (inout Unpacker) throws(SnapshotProblem) -> T) -> Result<T, SnapshotProblem> {
        bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            return Result { () throws(SnapshotProblem) in
                let v = try body(&u)
                guard u.at == raw.count else { throw .damaged(.content) }
                return v
            }
        }
    }

    @Test func aValueIsSaidOnceAndReferredToAfter() throws {
        let words = ["national", "280017", "national", "", "Ærø Skole", "280017", "", "national"]
        var p = Packer()
        for w in words { p.pooled(w) }
        let distinct = Set(words)
        // Each distinct value's bytes once, four bytes a reference, eight a length.
        #expect(p.bytes.count == 4 * words.count + distinct.reduce(0) { $0 + 8 + $1.utf8.count })
        let back = try unpack(p.bytes) { (u: inout Unpacker) throws(SnapshotProblem) in
            try words.map { _ throws(SnapshotProblem) in try u.pooled() }
        }.get()
        #expect(back == words)
    }

    @Test func aReferenceToAValueNotYetSaidIsDamage() {
        var p = Packer()
        p.pooled("national")
        p.u32(2); p.string("x")   // only 0 is said, and 1 would be the next
        guard case .failure(.damaged(.content)) = unpack(p.bytes, { (u: inout Unpacker) throws(SnapshotProblem) in
            [try u.pooled(), try u.pooled()]
        }) else { Issue.record("a reference past the values said was taken"); return }
        var q = Packer()
        q.u32(0); q.int(1 << 40)   // a value said with a length beyond the bytes
        guard case .failure(.damaged(.content)) = unpack(q.bytes, { (u: inout Unpacker) throws(SnapshotProblem) in try u.pooled() })
        else { Issue.record("a length beyond the bytes was taken"); return }
        var r = Packer()
        r.pooled("vejleder")
        r.bytes.removeLast()       // cut short
        guard case .failure(.damaged(.content)) = unpack(r.bytes, { (u: inout Unpacker) throws(SnapshotProblem) in try u.pooled() })
        else { Issue.record("a value cut short was taken"); return }
    }

    @Test func aNameThatIsNoCaseIsDamage() {
        var p = Packer()
        p.pooled("phone"); p.pooled("telefon")
        let forms = unpack(p.bytes) { (u: inout Unpacker) throws(SnapshotProblem) -> [ContactForm] in
            [try u.pooledRaw(), try u.pooledRaw()]
        }
        guard case .failure(.damaged(.content)) = forms else { Issue.record("\(forms)"); return }
    }

    func contact(_ id: String, _ school: String = "280017") -> Contact {
        Contact(id: id, programme: "national", school: school, date: Day(year: 2026, month: 9, day: 1)!, form: .sparring, participants: ["skoleleder"],
                summary: "Besøg \(id)", by: "k1")
    }

    @Test func aTableKeyedByItsIdsSaysEachIdOnceAndAnyOtherTableItsKeys() throws {
        let ids = (1...300).map { "C\($0)" }
        let table = OrderedDictionary(uniqueKeysWithValues: ids.map { ($0, contact($0, $0.hasSuffix("7") ? "280018" : "280017")) })
        var p = Packer()
        p.table(table)
        var keyed = Packer()
        keyed.int(table.count); keyed.bytes.append(0)
        for (k, v) in table { keyed.string(k); v.pack(&keyed) }
        #expect(p.bytes.count == keyed.bytes.count - table.keys.reduce(0) { $0 + 8 + $1.utf8.count })
        for bytes in [p.bytes, keyed.bytes] {
            let back: OrderedDictionary<String, Contact> = try unpack(bytes) { (u: inout Unpacker) throws(SnapshotProblem) in try u.table() }.get()
            #expect(back == table)
            #expect(Array(back.keys) == ids)
            for id in ids { #expect(back[id]?.id == id) }
        }
        // Keys that are not their values' ids (no network has them, but nothing rules them out) keep their keys.
        let odd: OrderedDictionary<String, Contact> = ["C2": contact("C1"), "C1": contact("C2")]
        var q = Packer()
        q.table(odd)
        #expect(try unpack(q.bytes) { (u: inout Unpacker) throws(SnapshotProblem) -> OrderedDictionary<String, Contact> in try u.table() }.get() == odd)
    }

    @Test func idsOutOfOrderAreCheckedAndAnIdTwiceIsDamage() throws {
        for ids in [["C3", "C1", "C2"], ["Å1", "Æ2"], ["C10", "C9"]] {
            let table = OrderedDictionary(uniqueKeysWithValues: ids.map { ($0, contact($0)) })
            var p = Packer()
            p.table(table)
            #expect(try unpack(p.bytes) { (u: inout Unpacker) throws(SnapshotProblem) -> OrderedDictionary<String, Contact> in try u.table() }.get() == table)
        }
        for ids in [["C1", "C2", "C2"], ["C2", "C1", "C2"], ["\u{E9}", "e\u{301}"]] {
            var p = Packer()
            p.int(ids.count); p.bytes.append(1)
            for id in ids { contact(id).pack(&p) }
            let got = unpack(p.bytes) { (u: inout Unpacker) throws(SnapshotProblem) -> OrderedDictionary<String, Contact> in try u.table() }
            guard case .failure(.damaged(.content)) = got else { Issue.record("\(ids) with an id twice was taken"); continue }
        }
        var flag = Packer()
        flag.int(0); flag.bytes.append(2)
        guard case .failure(.damaged(.content)) = unpack(flag.bytes, { (u: inout Unpacker) throws(SnapshotProblem) -> OrderedDictionary<String, Contact> in try u.table() })
        else { Issue.record("a table's way that is neither was taken"); return }
    }

    @Test func aNationalSeriesSaysItsIndicatorAndSourceOnce() throws {
        let sources: [String?] = [nil, "Uddannelsesstatistik", "Skolens egen måling, foråret"]
        let keys = (0..<30).map { SeriesKey("landsdækkende-programmet", ["matematik-under-4", "trivsel-i-klassen"][$0 % 2], String(100_000 + $0)) }
        let points = (0..<30).map {
            SeriesPoint(period: .schoolYear(2015 + $0 % 10), value: Fixed(units: $0 * 7), pupils: $0 % 4 == 0 ? nil : 40 + $0,
                        source: sources[$0 % 3], corrections: $0 % 5 == 0 ? 1 : 0)
        }
        var p = Packer()
        for (k, pt) in zip(keys, points) { k.pack(&p); pt.pack(&p) }
        let back = try unpack(p.bytes) { (u: inout Unpacker) throws(SnapshotProblem) -> [(SeriesKey, SeriesPoint)] in
            var out: [(SeriesKey, SeriesPoint)] = []
            for _ in 0..<30 { out.append((try SeriesKey(unpacking: &u), try SeriesPoint(unpacking: &u))) }
            return out
        }.get()
        #expect(back.map(\.0) == keys && back.map(\.1) == points)
        func storage(_ s: String) -> Int? { s.utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } ?? nil }
        #expect(Set(back.compactMap { $0.1.source.flatMap(storage) }).count == 2)
        #expect(Set(back.compactMap { storage($0.0.indicator) }).count == 2)
        var forged = Packer()
        points[1].period.pack(&forged); points[1].value.pack(&forged); points[1].pupils.pack(&forged)
        forged.bytes.append(2); forged.int(0)
        guard case .failure(.damaged(.content)) = unpack(forged.bytes, { (u: inout Unpacker) throws(SnapshotProblem) in try SeriesPoint(unpacking: &u) })
        else { Issue.record("a source that is neither said nor absent was taken"); return }
    }

    @Test func anEvaluationsMeasuringPointIsSaidOnceOrNotAtAll() throws {
        let evaluations = (0..<12).map {
            Evaluation(id: "V\($0)", programme: "p", school: "280017", indicator: .danskUnder4,
                       point: $0 % 4 == 0 ? nil : MeasuringPoint.allCases[$0 % 3], hundredths: $0 * 100, date: Day(ordinal: 740_000 + $0))
        }
        var p = Packer()
        for e in evaluations { e.pack(&p) }
        let back = try unpack(p.bytes) { (u: inout Unpacker) throws(SnapshotProblem) in
            try evaluations.map { _ throws(SnapshotProblem) in try Evaluation(unpacking: &u) }
        }.get()
        #expect(back == evaluations)
        var forged = Packer()
        forged.put("V1"); forged.pooled("p"); forged.pooled("280017"); forged.pooledRaw(BuiltinIndicator.danskUnder4)
        forged.pooledOptional("halfway"); forged.int(100); forged.int(740_000)
        guard case .failure(.damaged(.content)) = unpack(forged.bytes, { (u: inout Unpacker) throws(SnapshotProblem) in try Evaluation(unpacking: &u) })
        else { Issue.record("a measuring point that is no case was taken"); return }
    }
}
