import Domain
import Wording

extension Model {
    /// The status line's notice, worded.
    func words(_ n: Notice) -> String {
        switch n {
        case .saved(let records): return text(.saved, text.report(records, history: events, state: state))
        case .refused(let p): return text(.refused, words(p))
        case .failed(let p): return words(p)
        case .readOnlyRefused: return text(.readOnlyRefused)
        case .travellingRefused:
            let now = session.keyMap.binding(.now)?.keys.first?.label ?? "="
            // On the way to the past (a far jump worked out aside), the day it goes to.
            if let going = travelling.request { return text(.travellingGoingRefused, text.shortDate(going.day), now) }
            return text(.travellingRefused, text.shortDate(today), now)
        case .noSchoolSelected: return text(.noSchoolSelected)
        case .noClusterSelected: return text(.noClusterSelected)
        case .noTransitions: return text(.noTransitions)
        case .noIndicatorShown: return text(.noIndicatorShown)
        case .compositionNeedsCluster: return text(.compositionNeedsCluster)
        case .noOpenFollowUps(let s): return text(.noOpenFollowUps, state.schools[s]?.name ?? s)
        case .log(let l): return text.message(l)
        case .replacedReopened(let path): return text(.errReplacedReopened, path)
        case .snapshotFailed(let e): return text(.noticeSnapshotFailed, text.message(e))
        case .settings(let config, let theme):
            let c = config.isEmpty ? [] : [text(.configError, config.map { $0.worded(text) }.joined(separator: "; "))]
            return (c + (theme.isEmpty ? [] : [text(.themeError, theme.map { $0.worded(text) }.joined(separator: "; "))])).joined(separator: " ")
        case .reconnected: return text(.noticeReconnected)
        case .writeWaiting: return text(.noticeWriteWaiting)
        case .historyReading: return text(.noticeHistoryReading)
        case .writeAfterHistory: return text(.noticeWriteAfterHistory)
        case .demoActor(let name): return text(.noticeDemoActor, name)
        }
    }

    /// What an empty list says when its filter hides everything.
    var noMatchesText: String { text(.noMatches, session.keyMap.binding(.clearFilters)?.keys.first?.label ?? "F") }

    func words(_ p: Problem) -> String {
        switch p {
        case .domain(let e): return text.message(e, in: state)
        case .log(let e): return text.message(e)
        case .other(let s): return s
        }
    }
}
