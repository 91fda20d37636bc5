import Domain
import Wording

/// `K`: a contact with a school, with an optional follow-up.
enum ContactSpec: FormSpec {
    static func school(_ f: Form) -> String { if case .recordContact(let s) = f.purpose { return s }; return "" }

    static func title(_ f: Form, _ m: Model) -> String { m.text(.formRecordContact, m.state.schools[school(f)]?.name ?? school(f)) }

    static func problem(_ f: Form, _ m: Model) -> String? {
        guard let date = m.text.day(f[.date], today: m.today) else { return m.text(.formBadDate, f[.date]) }
        if date > m.clock.today { return m.text(.formFutureDate) }
        if Names.contactForm(f[.contactForm]) == nil { return m.text(.formBadForm) }
        // A follow-up needs what and when, or neither; who is the writer where it is left empty, as on the command line.
        if !f[.followUp].isEmpty || !f[.due].isEmpty {
            if f[.due].isEmpty { return m.text(.domEmptyField, m.text(.formDue)) }
            guard let due = m.text.day(f[.due], today: m.today) else { return m.text(.formBadDate, f[.due]) }
            if due < date { return m.text(.domDueBeforeContact, m.text.shortDate(due), m.text.shortDate(date)) }
            if f[.followUp].isEmpty { return m.text(.domEmptyField, m.text(.formFollowUp)) }
        }
        return nil
    }

    static func command(_ f: Form, _ m: Model) -> Command? {
        guard let p = m.programme, let date = m.text.day(f[.date], today: m.today), let form = Names.contactForm(f[.contactForm]) else { return nil }
        var followUps: [FollowUp] = []
        if !f[.followUp].isEmpty, let due = m.text.day(f[.due], today: m.today) {
            followUps.append(FollowUp(programme: p, school: school(f), what: f[.followUp], who: who(f, m), due: due))
        }
        return .recordContact(Contact(programme: p, school: school(f), date: date, form: form,
                                      participants: f[.participants].split(separator: ",").map(String.init), summary: f[.summary]),
                              followUps: followUps)
    }

    /// Who is to do the follow-up: as typed, else the one writing it (`tavle contact add --follow-up "WHAT;DUE"`).
    static func who(_ f: Form, _ m: Model) -> String {
        let typed = f[.who].trimmingCharacters(in: .whitespaces)
        return typed.isEmpty ? m.session.user : typed
    }

    /// The question says the follow-up's who and when, so a default is seen before it is saved.
    static func question(_ f: Form, _ m: Model) -> String {
        let school = m.state.schools[school(f)]?.name ?? school(f)
        guard !f[.followUp].isEmpty, let due = m.text.day(f[.due], today: m.today) else { return m.text(.confirmContact, school, "") }
        return m.text(.confirmContact, school, m.text(.confirmFollowUps, m.doer(who(f, m)), m.text.compactDate(due, today: m.today)))
    }
}

extension Model {
    /// The contact form for a school, dated today, starting at its first field; the form is chosen, not typed.
    func contactForm(for school: String) -> Form {
        Form(.recordContact(school: school),
             [Field(.date, text.shortDate(clock.today)),
              Field(.contactForm, text.name(ContactForm.sparring), choices: ContactForm.allCases.map { text.name($0) }),
              Field(.participants, optional: true),
              Field(.summary), Field(.followUp, optional: true), Field(.who, optional: true, placeholder: text(.formWhoDefault, doer(session.user))),
              Field(.due, optional: true)])
    }
}

