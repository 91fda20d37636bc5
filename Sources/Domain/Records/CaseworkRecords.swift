/// Contacts, follow-ups, evaluation values and undo. Each kind of record said once: its shape (the fields in the order the log writes them, how
/// each is spelled, who may write it), how an event of it is written, and how it is read back.
enum CaseworkRecords {
    static let contactRecorded = RecordKind(
        shape: .init([.init("contact", .id), .init("programme", .id), .init("school", .id), .init("date", .day),
            .init("form", .code(ContactForm.allCases.map(\.rawValue))), .init("participants", .lines),
            .init("summary", .text), .init("consultant", .id)], .caseload, identity: "consultant"),
        write: { event, w in
            guard case .contactRecorded(let c) = event else { return }
            w.field("contact", c.id); w.field("programme", c.programme); w.field("school", c.school)
            w.field("date", c.date); w.field("form", c.form.rawValue); w.field("participants", c.participants)
            w.field("summary", c.summary); w.field("consultant", c.by)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .contactRecorded(Contact(
                id: try f.string("contact"), programme: try f.string("programme"), school: try f.string("school"),
                date: try f.day("date"), form: try f.raw("form", as: ContactForm.self), participants: try f.repeatedStrings("participants"),
                summary: try f.string("summary"), by: try f.string("consultant")))
        })

    static let followUpAgreed = RecordKind(
        shape: .init([.init("followUp", .id), .init("contact", .id, optional: true), .init("programme", .id),
            .init("school", .id), .init("what", .line), .init("who", .line), .init("due", .day)], .caseload),
        write: { event, w in
            guard case .followUpAgreed(let f) = event else { return }
            w.field("followUp", f.id); w.field("contact", f.contact); w.field("programme", f.programme)
            w.field("school", f.school); w.field("what", f.what); w.field("who", f.who); w.field("due", f.due)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .followUpAgreed(FollowUp(
                id: try f.string("followUp"), contact: try f.optionalString("contact"), programme: try f.string("programme"),
                school: try f.string("school"), what: try f.string("what"), who: try f.string("who"), due: try f.day("due")))
        })

    static let followUpDone = RecordKind(
        shape: .init([.init("followUp", .id), .init("date", .day)], .caseloadOfFollowUp),
        write: { event, w in
            guard case .followUpDone(let id, let date) = event else { return }
            w.field("followUp", id); w.field("date", date)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .followUpDone(id: try f.string("followUp"), date: try f.day("date"))
        })

    static let followUpMoved = RecordKind(
        shape: .init([.init("followUp", .id), .init("due", .day), .init("reason", .text)], .caseloadOfFollowUp),
        write: { event, w in
            guard case .followUpMoved(let id, let due, let reason) = event else { return }
            w.field("followUp", id); w.field("due", due); w.field("reason", reason)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .followUpMoved(id: try f.string("followUp"), due: try f.day("due"), reason: try f.string("reason"))
        })

    static let evaluationRecorded = RecordKind(
        shape: .init([.init("evaluation", .id), .init("programme", .id), .init("school", .id),
            .init("indicator", .code(BuiltinIndicator.allCases.map(\.rawValue))),
            .init("point", .code(MeasuringPoint.allCases.map(\.rawValue)), optional: true),
            .init("hundredths", .int(0...10_000)), .init("date", .day)], .caseload),
        write: { event, w in
            guard case .evaluationRecorded(let v) = event else { return }
            w.field("evaluation", v.id); w.field("programme", v.programme); w.field("school", v.school)
            w.field("indicator", v.indicator.rawValue); w.field("point", v.point?.rawValue)
            w.field("hundredths", v.hundredths); w.field("date", v.date)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            let point = try f.optionalString("point")
            guard point == nil || MeasuringPoint(rawValue: point!) != nil else { throw .badValue(field: "point") }
            return .evaluationRecorded(Evaluation(
                id: try f.string("evaluation"), programme: try f.string("programme"), school: try f.string("school"),
                indicator: try f.raw("indicator", as: BuiltinIndicator.self), point: point.flatMap(MeasuringPoint.init(rawValue:)),
                hundredths: try f.int("hundredths"), date: try f.day("date")))
        })

    static let undone = RecordKind(
        shape: .init([.init("undoes", .int(1...999_999_999_999_999_999))], .ownRecord),
        write: { event, w in
            guard case .undone(let seq) = event else { return }
            w.field("undoes", seq)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .undone(seq: try f.int("undoes"))
        })
}
