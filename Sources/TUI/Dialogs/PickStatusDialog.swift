import Domain
import Wording

/// `i`: a new status for an intervention, by arrow and Enter or by its letter; one that cannot follow says why.
public struct PickStatusDialog: MenuDialog {
    public var key: InterventionKey
    public var cursor = Cursor()
    var overlay: Overlay { .pickStatus(self) }

    func title(_ m: Model) -> String { m.text(.pickStatus, m.interventionLabel(key)) }
    func rows(_ m: Model) -> [String] { m.statusOptions(key).map { Glyphs.letter($0) + "  " + m.text.name($0) } }

    func choose(_ pressed: Key, _ m: inout Model) {
        let options = m.statusOptions(key)
        // A status's letter chooses it, as Enter on it would.
        var i = cursor.selected
        if case .char(let ch) = pressed {
            let letter = String(ch).uppercased()
            if let hit = options.firstIndex(where: { Glyphs.letter($0) == letter }) {
                i = hit
            } else {
                // A status that cannot follow this one: say why, as the command line does, and keep the list open.
                if let other = InterventionStatus.allCases.first(where: { Glyphs.letter($0) == letter }),
                   let error = m.domainRefusal(.setInterventionStatus(key, status: other)) {
                    m.notice = .refused(.domain(error))
                }
                return
            }
        } else if pressed != .enter { return }
        guard options.indices.contains(i) else { m.overlay = nil; return }
        let status = options[i]
        if status == .stopped {
            m.overlay = .form(StopInterventionSpec.make(key))
            return
        }
        let command = Command.setInterventionStatus(key, status: status)
        if let error = m.domainRefusal(command) { m.overlay = nil; m.notice = .refused(.domain(error)); return }
        m.overlay = .confirm(Confirmation(question: m.text(.confirmStatus, m.interventionLabel(key), m.text.name(status)), command: command, back: overlay))
    }
}

extension Model {
    /// Statuses an intervention may move to from where it is.
    func statusOptions(_ key: InterventionKey) -> [InterventionStatus] {
        let current = state.interventions[key]?.status
        return InterventionStatus.allCases.filter { status in current.map { $0.next.contains(status) } ?? status.canBegin }
    }

    func interventionLabel(_ key: InterventionKey) -> String {
        let kind = state.interventionKind(key.programme, key.kind)?.name ?? key.kind
        return "\(kind) (\(state.schools[key.school]?.name ?? key.school))"
    }

    /// Asks Domain, against the state on screen, whether a command would be refused, so a form can stay open.
    func refusal(_ c: Command) -> String? { domainRefusal(c).map { text.message($0, in: state) } }

    func domainRefusal(_ c: Command) -> DomainError? {
        do { _ = try decide(c, state, Context(actor: session.user, now: clock.now)); return nil } catch { return error }
    }
}
