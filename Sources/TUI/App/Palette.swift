import Domain
import Wording

/// One thing the `:` palette can do.
public struct PaletteEntry: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case view(ViewID)
        case school(String)
        case action(Action)
        case programme(ProgrammeID)
        case followUpDone(String)
        case moveFollowUp(String)
    }
    public let label: String
    public let target: Target
}

extension Model {
    /// Views, actions, programmes and schools whose label matches the typed text, best first.
    func paletteEntries(_ query: String) -> [PaletteEntry] {
        var all: [PaletteEntry] = ViewID.allCases.map { PaletteEntry(label: "\(text(.paletteView)) \(text($0.title))", target: .view($0)) }
        for b in session.keyMap.bindings where b.action.inPalette {
            all.append(PaletteEntry(label: text(b.help), target: .action(b.action)))
        }
        for f in state.followUps.values where f.done == nil && f.programme == programme && state.caseload[Enrolment(f.programme, f.school)] == session.user {
            all.append(PaletteEntry(label: text(.paletteDone, f.what, state.schools[f.school]?.name ?? f.school), target: .followUpDone(f.id)))
            all.append(PaletteEntry(label: text(.paletteMove, f.what, state.schools[f.school]?.name ?? f.school), target: .moveFollowUp(f.id)))
        }
        for p in state.programmes.values {
            all.append(PaletteEntry(label: "\(text(.programmeLabel)) \(p.name)", target: .programme(p.id)))
        }
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return Array(all.prefix(40)) }
        func hit(_ label: String) -> Bool {
            let k = Folding.keys(label)
            return Folding.matches(q, long: k.long, short: k.short)
        }
        let qk = Folding.keys(q).short
        var matched = all.filter { hit($0.label) }
        // Schools match on their precomputed search text; at most 60 entries are listed.
        let hits = derived.schools.search.matches(q)
        for i in derived.schools.rows.indices where matched.count < 60 {
            if hits[i] {
                let r = derived.schools.rows[i]
                matched.append(PaletteEntry(label: "\(r.name) (\(r.institution), \(r.municipality))", target: .school(r.institution)))
            }
        }
        // Places and reading before anything that writes, so Enter on a name goes there; then labels that begin
        // with the typed text; otherwise in the order above.
        // Each entry's rank is worked out once, not in every comparison of the sort.
        let ranked = matched.enumerated().map { i, e in
            (entry: e, key: (e.target.writes ? 1 : 0, Folding.keys(e.label).short.hasPrefix(qk) ? 0 : 1, i))
        }
        return ranked.sorted { $0.key < $1.key }.map(\.entry)
    }
}

extension Model {
    /// The key that does what a palette entry does, as the help says it («1», «ctrl-z»), for a view or an action.
    func paletteKey(_ target: PaletteEntry.Target) -> String? {
        let binding: Binding?
        switch target {
        case .view(let v): binding = session.keyMap.bindings.first { $0.action.view == v }
        case .action(let a): binding = session.keyMap.binding(a)
        default: binding = nil
        }
        return binding?.keys.first?.label
    }
}

extension PaletteEntry.Target {
    /// Whether choosing it writes to the log (after a question), rather than going somewhere or showing something.
    var writes: Bool {
        switch self {
        case .view, .school, .programme: return false
        case .action(let a): return a.writes
        case .followUpDone, .moveFollowUp: return true
        }
    }
}

extension Action {
    /// Keys that write to the log.
    var writes: Bool {
        switch self {
        case .newCluster, .renameCluster, .moveSchool, .recordContact, .interventionStatus, .participation, .evaluation,
             .rateMeeting, .undo, .followUpDone, .moveFollowUp, .suggest, .newMeeting, .planRound, .suggestClusters,
             .moveMeeting, .cancelMeeting, .meetingHeld, .defineIndicator, .changeIndicator: return true
        default: return false
        }
    }

    /// Write keys only a coordinator may use.
    var coordinates: Bool {
        switch self {
        case .newCluster, .renameCluster, .moveSchool, .participation, .suggest, .newMeeting, .planRound, .suggestClusters,
             .moveMeeting, .cancelMeeting, .meetingHeld, .defineIndicator, .changeIndicator: return true
        default: return false
        }
    }

    /// Actions worth running by name.
    var inPalette: Bool {
        switch self {
        case .up, .down, .left, .right, .pageUp, .pageDown, .top, .bottom, .open, .back, .switchPane, .palette,
             .historyByActor, .historyBySchool, .toEvent, .interventionStatus, .recordContact, .followUpDone, .moveFollowUp, .participation, .evaluation,
             .rateMeeting, .moveMeeting, .cancelMeeting, .meetingHeld, .today, .calendarMode: return false
        // The views are listed once, as views.
        default: return view == nil
        }
    }
}
