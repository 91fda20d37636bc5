import Domain
import Wording

/// What the status line says, kept as a fact; the view words it in the model's language (NoticeText.swift).
public enum Notice: Equatable, Sendable {
    /// A write landed: these records.
    case saved([Recorded])
    /// A write or a check was refused.
    case refused(Problem)
    /// Something went wrong that is not a refusal of the user's command: reading the log, say.
    case failed(Problem)
    case readOnlyRefused
    /// A write was asked for while looking back in time.
    case travellingRefused
    case noSchoolSelected, noClusterSelected, noTransitions, noIndicatorShown
    /// A suggested group whose schools' clusters all went to other groups: it needs a new cluster first.
    case compositionNeedsCluster
    case noOpenFollowUps(school: String)
    /// What the log did on opening or on a write.
    case log(LogNotice)
    case replacedReopened(path: String)
    case snapshotFailed(LogError)
    /// Every problem in config.toml and the chosen theme, said together.
    case settings(config: [SettingsError], theme: [SettingsError])
    /// The shared log's server can be reached again.
    case reconnected
    /// A write has waited half a second for the log (another writer holds it); keys still work meanwhile.
    case writeWaiting
    /// Time travel or undo was asked for while the records a snapshot stood in for are still being read.
    case historyReading
    /// A write waits until those records are read.
    case writeAfterHistory
    /// The demo opened as its coordinator, named, because no `--as` was given.
    case demoActor(name: String)
}

/// Why something was refused or failed.
public enum Problem: Equatable, Sendable {
    case domain(DomainError)
    case log(LogError)
    case other(String)

    public init(_ error: any Error) {
        if let e = error as? DomainError { self = .domain(e) } else if let e = error as? LogError { self = .log(e) } else {
            self = .other(String(describing: error))
        }
    }
}
