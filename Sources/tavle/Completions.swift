import ArgumentParser
import Domain
import Exchange
import FileStore
import Foundation
import Wording

/// What the shells offer for option values (`tavle --generate-completion-script bash|zsh|fish`): the fixed choices
/// as lists, file names where a file is asked for (`--log`, `--out`, an import's CSV), and the log's own ids
/// (programmes, clusters, schools, people, consultants, open follow-ups, meetings not cancelled, intervention
/// kinds) read from the log when asked.
enum Complete {
    /// Names offered in the language help is shown in.
    static let words = HelpLanguage.catalogue
    static let lang = CompletionKind.list(Language.allCases.map(\.rawValue))
    static let theme = CompletionKind.list(["default", "light", "high-contrast", "mono"])
    static let exportTable = CompletionKind.list(Export.Table.allCases.map(\.rawValue) + ["panel"])
    static let exportFormat = CompletionKind.list(["csv", "json", "ics"])
    static let reportFormat = CompletionKind.list(["md", "html", "pdf"])
    static let meetingKind = CompletionKind.list(MeetingKind.allCases.map { words.name($0) })
    static let participation = CompletionKind.list(ParticipationStatus.allCases.map(\.rawValue))
    static let interventionStatus = CompletionKind.list(InterventionStatus.allCases.map(\.rawValue))
    static let contactForm = CompletionKind.list(ContactForm.allCases.map { words.name($0) })
    static let builtinIndicator = CompletionKind.list(BuiltinIndicator.allCases.map(\.rawValue))
    /// Every programme's indicators, defined or built in.
    static let indicator = CompletionKind.custom { words, _, _ in
        fromLog(words) { s in Array(Set(s.programmes.keys.flatMap { s.indicatorDefinitions($0).map(\.id) })).sorted() }
    }
    static let point = CompletionKind.list(MeasuringPoint.allCases.map(\.rawValue))

    static let cluster = CompletionKind.custom { words, _, _ in fromLog(words) { $0.clusters.keys.sorted() } }
    static let school = CompletionKind.custom { words, _, _ in fromLog(words) { $0.schools.keys.sorted() } }
    static let consultant = CompletionKind.custom { words, _, _ in
        fromLog(words) { $0.people.values.filter { $0.role == .consultant }.map(\.name).sorted() }
    }
    static let programme = CompletionKind.custom { words, _, _ in fromLog(words) { $0.programmes.keys.sorted() } }
    static let person = CompletionKind.custom { words, _, _ in fromLog(words) { $0.people.keys.sorted() } }
    /// Meetings that can still be moved, cancelled, recorded as held or rated: those not cancelled.
    static let meeting = CompletionKind.custom { words, _, _ in
        fromLog(words) { $0.meetings.values.filter { $0.status != .cancelled }.map(\.id).sorted() }
    }
    /// Follow-ups still open.
    static let followUp = CompletionKind.custom { words, _, _ in fromLog(words) { $0.followUps.values.filter { $0.done == nil }.map(\.id).sorted() } }
    static let kind = CompletionKind.custom { words, _, _ in fromLog(words) { Array(Set($0.interventionKinds.values.map(\.id))).sorted() } }

    /// Ids from the log the command line names (`--log`, else `$TAVLE_LOG`, else the default); none when it cannot be read.
    static func fromLog(_ words: [String], _ ids: (NetworkState) -> [String]) -> [String] {
        let environment = ProcessInfo.processInfo.environment
        var path = environment["TAVLE_LOG"].flatMap { $0.isEmpty ? nil : $0 } ?? GlobalOptions.defaultLogPath(environment)
        if let i = words.firstIndex(of: "--log"), i + 1 < words.count { path = words[i + 1] }
        guard let path, !path.hasPrefix("postgres"), let log = try? EventLog.open(path: path, access: .read, create: false) else { return [] }
        return ids(log.state)
    }
}
