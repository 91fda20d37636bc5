import Domain
import Wording

/// What a piece of the screen means; themes give each role its colours.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case text, muted, accent, header, selection, border, title
    case tabActive, tabInactive, statusBar, statusKey
    case ok, warning, error
    case offered, accepted, declined, withdrawn
    case planned, started, anchored, completed, evaluated, paused, stopped
    case holiday, today

    public static func of(_ p: ParticipationStatus) -> Role {
        switch p {
        case .offered: return .offered
        case .accepted: return .accepted
        case .declined: return .declined
        case .withdrawn: return .withdrawn
        }
    }

    public static func of(_ s: InterventionStatus) -> Role {
        switch s {
        case .planned: return .planned
        case .started: return .started
        case .anchored: return .anchored
        case .completed: return .completed
        case .evaluated: return .evaluated
        case .paused: return .paused
        case .stopped: return .stopped
        }
    }
}
