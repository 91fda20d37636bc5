/// Meetings and their ratings. Each kind of record said once: its shape (the fields in the order the log writes them, how
/// each is spelled, who may write it), how an event of it is written, and how it is read back.
enum MeetingRecords {
    static let meetingScheduled = RecordKind(
        shape: .init([.init("meeting", .id), .init("programme", .id), .init("kind", .code(MeetingKind.allCases.map(\.rawValue))),
            .init("title", .line), .init("date", .day), .init("start", .clock), .init("end", .clock),
            .init("clusters", .ids), .init("schools", .ids), .init("consultants", .ids),
            .init("location", .line), .init("status", .code(MeetingStatus.allCases.map(\.rawValue)))], .coordinator),
        write: { event, w in
            guard case .meetingScheduled(let m) = event else { return }
            w.field("meeting", m.id); w.field("programme", m.programme); w.field("kind", m.kind.rawValue)
            w.field("title", m.title); w.field("date", m.day)
            w.field("start", ClockTime.format(m.start)); w.field("end", ClockTime.format(m.end))
            w.field("clusters", m.clusters); w.field("schools", m.schools); w.field("consultants", m.consultants)
            w.field("location", m.location); w.field("status", m.status.rawValue)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .meetingScheduled(Meeting(
                id: try f.string("meeting"), programme: try f.string("programme"),
                kind: try f.raw("kind", as: MeetingKind.self), title: try f.string("title"),
                day: try f.day("date"), start: try f.clock("start"), end: try f.clock("end"),
                clusters: try f.strings("clusters"), schools: try f.strings("schools"),
                consultants: try f.strings("consultants"), location: try f.string("location"),
                status: try f.raw("status", as: MeetingStatus.self)))
        })

    static let meetingMoved = RecordKind(
        shape: .init([.init("meeting", .id), .init("date", .day), .init("start", .clock), .init("end", .clock)], .coordinator),
        write: { event, w in
            guard case .meetingMoved(let id, let day, let start, let end) = event else { return }
            w.field("meeting", id); w.field("date", day); w.field("start", ClockTime.format(start)); w.field("end", ClockTime.format(end))
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .meetingMoved(id: try f.string("meeting"), day: try f.day("date"), start: try f.clock("start"), end: try f.clock("end"))
        })

    static let meetingCancelled = RecordKind(
        shape: .init([.init("meeting", .id), .init("reason", .text)], .coordinator),
        write: { event, w in
            guard case .meetingCancelled(let id, let reason) = event else { return }
            w.field("meeting", id); w.field("reason", reason)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .meetingCancelled(id: try f.string("meeting"), reason: try f.string("reason"))
        })

    static let meetingHeld = RecordKind(
        shape: .init([.init("meeting", .id), .init("attendance", .ids)], .coordinator),
        write: { event, w in
            guard case .meetingHeld(let id, let attendance) = event else { return }
            w.field("meeting", id); w.field("attendance", attendance)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .meetingHeld(id: try f.string("meeting"), attendance: try f.strings("attendance"))
        })

    static let feedbackGiven = RecordKind(
        shape: .init([.init("feedback", .id), .init("meeting", .id), .init("school", .id, optional: true),
            .init("rating", .int(1...5)), .init("comment", .text, optional: true), .init("person", .id)],
            .attendee, identity: "person"),
        write: { event, w in
            guard case .feedbackGiven(let f) = event else { return }
            w.field("feedback", f.id); w.field("meeting", f.meeting); w.field("school", f.school)
            w.field("rating", f.rating); w.field("comment", f.comment); w.field("person", f.by)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .feedbackGiven(MeetingFeedback(
                id: try f.string("feedback"), meeting: try f.string("meeting"), school: try f.optionalString("school"),
                rating: try f.int("rating"), comment: try f.optionalString("comment"), by: try f.string("person")))
        })
}
