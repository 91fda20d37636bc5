import Domain
import Wording

/// Acting on the school that is selected, on its page, in the caseload or in a list: its follow-ups and its
/// interventions, chosen from a short list when there is more than one.
extension Model {
    /// The school's open follow-ups in the programme on view, soonest due first.
    func openFollowUps(_ school: String) -> [FollowUp] {
        state.followUps.values.filter { $0.school == school && $0.programme == programme && $0.done == nil }
            .sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// `d` and `F`: one open follow-up is acted on at once; several are listed to choose from.
    mutating func startFollowUp(move: Bool) {
        guard let school = page?.school ?? currentSchool else { notice = .noSchoolSelected; return }
        guard mayRecord(for: school) else { return }
        let open = openFollowUps(school)
        switch open.count {
        case 0: notice = .noOpenFollowUps(school: school)
        case 1: actOnFollowUp(open[0].id, move: move)
        default: overlay = .pickFollowUp(PickFollowUpDialog(school: school, move: move))
        }
    }

    /// Asks before marking the follow-up done, or opens the form that moves it.
    mutating func actOnFollowUp(_ id: String, move: Bool, back: Overlay? = nil) {
        guard mayFollowUp(id) else { return }
        if move { overlay = .form(moveForm(id)); return }
        let what = state.followUps[id]?.what ?? id
        overlay = .confirm(Confirmation(question: text(.confirmDone, what), command: .completeFollowUp(id: id), back: back))
    }

    /// `i` away from the matrix: the school's interventions to choose from, then the new status.
    mutating func startInterventionStatus() {
        guard let school = page?.school ?? currentSchool else { notice = .noSchoolSelected; return }
        guard mayRecord(for: school) else { return }
        guard !derived.matrix.kinds.isEmpty else { notice = .noTransitions; return }
        overlay = .pickIntervention(PickInterventionDialog(school: school))
    }

    /// A follow-up as a list row: what, whose, and when it is due.
    func followUpRow(_ f: FollowUp) -> String {
        "\(f.what) · \(doer(f.who)) · " + text(.followUpDue, text.shortDate(f.due))
    }

    /// An intervention kind as a list row: its name and its status at the school.
    func interventionRow(_ kind: InterventionKind, school: String) -> String {
        guard let p = programme, let status = state.interventions[InterventionKey(p, school, kind.id)]?.status else {
            return "·  " + kind.name + " · " + text(.interventionNotBegun)
        }
        return Glyphs.letter(status) + "  " + kind.name + " · " + text.name(status)
    }
}
