import Domain
import Wording

/// One screen of the dashboard: it counts and moves its own list, says what is selected, opens it, takes the
/// keys that mean something only there, and draws itself. `ViewID.screen` names the type for each view;
/// the model and the loop ask it instead of switching over views.
protocol ScreenType {
    /// The tab's name, and what the screen's number key does in the help.
    static var title: UIText { get }
    static var keyHelp: UIText { get }
    /// The screen's own keys, in the order the status bar shows them; `:`, `?` and `q` follow on every screen.
    static var hints: [Action] { get }
    /// The keys the status bar offers as the screen stands now: its `hints`, unless a part of it (a detail) has its own.
    static func hints(_ m: Model) -> [Action]
    /// `x`: the screen's filters back to showing everything.
    static func clearFilters(_ m: inout Model)
    static func draw(_ m: Model, in r: Rect, into g: inout Grid)
    /// Rows in its list (0: none).
    static func count(_ m: Model) -> Int
    static func move(_ m: inout Model, by delta: Int)
    /// Keeps the selection on screen after a resize or a change of data.
    static func keepVisible(_ m: inout Model)
    /// Enter on the selection.
    static func open(_ m: inout Model)
    /// The school selected, for actions on a school (a contact, a decision, a value).
    static func school(_ m: Model) -> String?
    /// A click on the list's `row`th visible row (0: the first), at column `x`.
    static func click(_ m: inout Model, row: Int, x: Int)
    /// An action that means something on this screen; false leaves it to the dashboard.
    static func perform(_ a: Action, _ m: inout Model) -> Bool
    /// The `/` filter's text here; nil where there is no list to filter, and `/` filters the schools.
    static func filterText(_ m: Model) -> String?
    /// Sets the `/` filter and applies it, the selection back at the top.
    static func setFilter(_ m: inout Model, _ text: String)
    /// Rows in its list before the `/` filter, for "8 af 120".
    static func unfilteredCount(_ m: Model) -> Int
}

extension ScreenType {
    static func hints(_ m: Model) -> [Action] { hints }
    static func count(_ m: Model) -> Int { 0 }
    static func move(_ m: inout Model, by delta: Int) {}
    static func keepVisible(_ m: inout Model) {}
    static func open(_ m: inout Model) {}
    static func school(_ m: Model) -> String? { nil }
    static func click(_ m: inout Model, row: Int, x: Int) {}
    static func perform(_ a: Action, _ m: inout Model) -> Bool { false }
    static func filterText(_ m: Model) -> String? { nil }
    static func setFilter(_ m: inout Model, _ text: String) {}
    static func unfilteredCount(_ m: Model) -> Int { count(m) }
    static func clearFilters(_ m: inout Model) {}
}

/// The screens, in the order of their tabs and number keys: the one place a screen is registered. The tab bar,
/// the keys `1…n`, the palette's places, the help and the status bar's hints all come from here.
public enum ViewID: Int, CaseIterable, Sendable {
    case overview, schools, clusters, interventions, calendar, caseload, history, scorecard, effects

    var screen: any ScreenType.Type {
        switch self {
        case .overview: return OverviewView.self
        case .schools: return SchoolsView.self
        case .clusters: return ClustersView.self
        case .interventions: return MatrixView.self
        case .calendar: return CalendarView.self
        case .caseload: return CaseloadView.self
        case .history: return HistoryView.self
        case .scorecard: return ScorecardView.self
        case .effects: return EffectsView.self
        }
    }

    var title: UIText { screen.title }

    /// The action that shows this screen: the one of the same name.
    var action: Action? { Action(rawValue: "\(self)") }
}

extension Action {
    /// Each screen's own action, looked up once rather than on every key.
    private static let views: [Action: ViewID] = Dictionary(uniqueKeysWithValues: ViewID.allCases.compactMap { v in v.action.map { ($0, v) } })

    /// The screen this action shows, if it is one of the screens' own actions.
    var view: ViewID? { Self.views[self] }
}

extension Cursor {
    /// Selects the `row`th visible row of a list of `count`, if there is one; with `height`, only a row the list
    /// shows (a click below it, on a pane or legend, selects nothing).
    mutating func click(row: Int, count: Int, height: Int = .max) {
        let i = scroll + row
        if row >= 0, row < height, i < count { selected = i }
    }
}
