import Domain

/// A meeting in words. The log keeps facts: a title left at its kind's default and a place that is a host school are
/// stored in one canonical spelling (`Meeting.defaultTitle`, `Meeting.hostLocation`) and worded here in the reader's
/// language, so a meeting booked in English reaches Danish colleagues in Danish. Logs written before, with an
/// English default title or "Host school: …", are read the same way.
extension Catalogue {
    /// The title to show: the kind's name in this language ("klyngemøde", as inside a sentence) when the stored title is
    /// a kind's default in any language; a title of its own as written. A heading says `title(m).firstUppercased`.
    public func title(_ m: Meeting) -> String {
        let key = Folding.keys(m.title).short
        for l in Language.allCases where Folding.keys(Catalogue(l).name(m.kind)).short == key { return name(m.kind) }
        return m.title
    }

    /// The place to show: "Værtsskole: Bakkeskolen" or "Host school: Bakkeskolen" as this language says it.
    public func location(_ m: Meeting) -> String {
        for prefix in Meeting.hostPrefixes where m.location.hasPrefix(prefix) {
            return self(.hostSchoolAt, String(m.location.dropFirst(prefix.count)))
        }
        return m.location
    }

    /// Who a meeting is for: its clusters' names, else its schools', else its programme's; more than three as the
    /// first two and how many others, unless `every` asks for each by name.
    public func participants(_ m: Meeting, in state: NetworkState?, every: Bool = false) -> String {
        let names = StateNames(state: state), say = every ? list : short
        if !m.clusters.isEmpty { return say(m.clusters.map(names.cluster)) }
        if !m.schools.isEmpty { return say(m.schools.map(names.school)) }
        return names.programme(m.programme)
    }

    /// "klyngemøde for Sjælland 2 den 4.2.2027": a meeting by what it is, for whom and when, never by its id.
    public func meetingName(_ m: Meeting, in state: NetworkState?) -> String {
        self(.meetingNamed, title(m), participants(m, in: state), shortDate(m.day))
    }

    /// A meeting by its id, named from the state; the id only when the state does not know it.
    public func meetingName(_ id: String, in state: NetworkState?) -> String {
        guard let m = state?.meetings[id] else { return id }
        return meetingName(m, in: state)
    }

    /// Up to three names as a list; more as the first two and how many others: "A, B og 3 andre".
    func short(_ items: [String]) -> String {
        items.count <= 3 ? list(items) : list(Array(items.prefix(2)) + [self(.othersCount, items.count - 2)])
    }

    /// Names joined as a list: "A, B og C".
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + self(.listAnd) + " " + items.last!
    }
}

extension String {
    /// The first letter upper-cased, the rest as it is: "klyngemøde" → "Klyngemøde".
    public var firstUppercased: String { prefix(1).uppercased() + dropFirst() }
}
