import Domain
import Foundation
import Testing

/// One spelling per line: the reader takes exactly what the writer writes, and the description of every kind of
/// record that the shared log's server checks against (`EventShape`) is the codec's own, field for field.
struct CanonicalTests {
    /// A record of every kind, with its optional fields given (`full`) or left out.
    static func sample(_ type: EventType, full: Bool) -> Event {
        let day = Day(year: 2026, month: 3, day: 4)!
        let school = School(institution: "101001", name: "Bakkeskolen", municipality: 101, kind: .folkeskole)
        let person = Person(name: "ahj", fullName: "Anne Holm Jensen", role: .consultant, base: full ? "Aarhus" : nil)
        let meeting = Meeting(id: "M0001", programme: "p", kind: .cluster, title: "Klyngemøde", day: day, start: 540, end: 690,
                              clusters: ["K1"], schools: ["101001"], consultants: ["ahj"], location: "Bakkeskolen")
        switch type {
        case .programmeDefined: return .programmeDefined(Programme(id: "p", name: "P", start: day, end: day, tracks: full ? [Track(id: "s1", name: "Spor 1")] : []))
        case .schoolRegistered: return .schoolRegistered(school)
        case .schoolUpdated: return .schoolUpdated(school)
        case .participationSet: return .participationSet(Enrolment("p", "101001"), status: .accepted, track: full ? "s1" : nil, reason: full ? "Ja" : nil, date: day)
        case .personRegistered: return .personRegistered(person)
        case .personUpdated: return .personUpdated(person)
        case .consultantAssigned: return .consultantAssigned(Enrolment("p", "101001"), consultant: "ahj")
        case .clusterFormed: return .clusterFormed(id: "K1", programme: "p", name: "Nord", track: full ? "s1" : nil)
        case .clusterRenamed: return .clusterRenamed(id: "K1", name: "Syd")
        case .schoolPlaced: return .schoolPlaced(cluster: "K1", school: "101001")
        case .interventionKindDefined: return .interventionKindDefined(InterventionKind(programme: "p", id: "turbo", name: "Turboforløb"))
        case .interventionStatusSet: return .interventionStatusSet(InterventionKey("p", "101001", "turbo"), status: .stopped, date: day, reason: full ? "Nej" : nil)
        case .meetingScheduled: return .meetingScheduled(meeting)
        case .meetingMoved: return .meetingMoved(id: "M0001", day: day, start: 600, end: 700)
        case .meetingCancelled: return .meetingCancelled(id: "M0001", reason: "Sne")
        case .meetingHeld: return .meetingHeld(id: "M0001", attendance: ["101001"])
        case .contactRecorded: return .contactRecorded(Contact(id: "C0001", programme: "p", school: "101001", date: day, form: .phone, participants: ["Leder"], summary: "Kort", by: "ahj"))
        case .followUpAgreed: return .followUpAgreed(FollowUp(id: "F0001", contact: full ? "C0001" : nil, programme: "p", school: "101001", what: "Ring", who: "ahj", due: day))
        case .followUpDone: return .followUpDone(id: "F0001", date: day)
        case .followUpMoved: return .followUpMoved(id: "F0001", due: day, reason: "Ferie")
        case .evaluationRecorded: return .evaluationRecorded(Evaluation(id: "E0001", programme: "p", school: "101001", indicator: .danskUnder4, point: full ? .baseline : nil, hundredths: 1250, date: day))
        case .feedbackGiven: return .feedbackGiven(MeetingFeedback(id: "R0001", meeting: "M0001", school: full ? "101001" : nil, rating: 4, comment: full ? "God" : nil, by: "ahj"))
        case .indicatorDefined, .indicatorChanged:
            let d = IndicatorDefinition(id: "dansk", programme: "p", names: [LocalName("da", "Dansk"), LocalName("en", "Danish")],
                                        minimum: .zero, maximum: Fixed(100), decimals: 1, better: .lower, periodKind: .schoolYear,
                                        baseline: [.schoolYear(2013), .schoolYear(2014)],
                                        target: full ? IndicatorTarget(kind: .change, school: Fixed(5), programme: Fixed.parse("2.5")) : nil,
                                        source: full ? "Uddannelsesstatistik" : "")
            return type == .indicatorDefined ? .indicatorDefined(d) : .indicatorChanged(d)
        case .measurementRecorded, .measurementCorrected:
            let m = Measurement(programme: "p", indicator: "dansk", school: "101001", period: .schoolYear(2016), value: Fixed.parse("12.5")!,
                                pupils: full ? 31 : nil, source: full ? "Uddannelsesstatistik" : nil)
            return type == .measurementRecorded ? .measurementRecorded(m) : .measurementCorrected(m, reason: "Rettet")
        case .undone: return .undone(seq: 3)
        }
    }

    /// The top-level keys of a line, in order (the samples hold no `":` inside a string).
    static func keys(_ line: [UInt8]) -> [String] {
        let text = String(decoding: line, as: UTF8.self)
        return text.matches(of: /[{,]"([A-Za-z]+)":/).map { String($0.1) }
    }

    @Test(arguments: EventType.allCases)
    func theCodecWritesExactlyTheFieldsItsShapeNames(type: EventType) throws {
        let shape = EventShape.of(type)
        for full in [true, false] {
            let line = try LogFormat.encode([Recorded(seq: 1, at: Timestamp(milliseconds: 0), actor: "ahj", event: Self.sample(type, full: full))], after: 0)
            let expected = (EventShape.envelope + shape.fields).filter { full || !$0.optional }.map(\.key) + ["crc"]
            #expect(Self.keys(line) == expected, "\(type) full: \(full)")
            #expect(LogReader.problem(ofLine: line, previous: 0) == nil)
        }
    }

    @Test func aKeyTwiceOrOutOfPlaceIsRefusedWhereItDiffers() throws {
        let line = try LogFormat.encode([Recorded(seq: 1, at: Timestamp(milliseconds: 0), actor: "ahj", event: Self.sample(.clusterRenamed, full: true))], after: 0)
        func changed(_ f: (String) -> String) -> [UInt8] {
            let body = Array(f(String(decoding: line.dropLast(19), as: UTF8.self)).utf8)
            let crc = body.withUnsafeBytes { CRC32C.chained(previous: 0, $0) }
            return body + Array(",\"crc\":\"\(String(format: "%08x", crc))\"}\n".utf8)
        }
        // The first reader of a repeated key and the last (jsonb's) would see different writers: neither is taken.
        let twice = changed { $0.replacingOccurrences(of: "\"by\":\"ahj\"", with: "\"by\":\"mfr\",\"by\":\"ahj\"") }
        let second = try #require(twice.firstRange(of: Array(",\"by\":\"ahj\"".utf8))).lowerBound
        #expect(LogReader.problem(ofLine: twice, previous: 0) == .record(.notCanonical(column: second + 3)))   // `,"` is common to both
        #expect(LogReader.problem(ofLine: changed { $0.replacingOccurrences(of: "\"v\":1", with: "\"v\": 1") }, previous: 0) != nil)
        #expect(LogReader.problem(ofLine: changed { $0.replacingOccurrences(of: "Syd", with: "\\u0053yd") }, previous: 0) != nil)
        #expect(LogReader.problem(ofLine: changed { $0 }, previous: 0) == nil)
    }
}
