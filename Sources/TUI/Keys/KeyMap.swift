import Wording
/// Everything a key can do.
public enum Action: String, CaseIterable, Sendable {
    case overview, schools, clusters, interventions, calendar, caseload, history
    case nextView, previousView, switchPane
    case up, down, left, right, pageUp, pageDown, top, bottom, open, back
    case filter, sort, reverseSort, facets, clearFilters
    case palette, help, mapColouring, nextProgramme
    case newCluster, renameCluster, moveSchool, historyByActor, historyBySchool
    case recordContact, interventionStatus, participation, evaluation, rateMeeting, undo, followUpDone, moveFollowUp
    case today, calendarMode, suggest, newMeeting, planRound, suggestClusters, moveMeeting, cancelMeeting, meetingHeld
    case dayBack, dayForward, weekBack, weekForward, toEvent, now
    case quit
}

/// One row of the key table: the single source for dispatch, help, status hints and the config file.
public struct Binding: Sendable {
    public let action: Action
    public var keys: [Key]
    public let help: UIText
    /// The views whose status bar shows this key; empty means none.
    public let hints: [ViewID]
    /// The one word the status bar shows.
    public let short: UIText?

    init(_ action: Action, _ keys: [Key], _ help: UIText, hints: [ViewID] = [], short: UIText? = nil) {
        self.action = action; self.keys = keys; self.help = help; self.hints = hints; self.short = short
    }
}

public struct KeyMap: Sendable {
    public var bindings: [Binding]

    static let lists: [ViewID] = [.schools, .clusters, .interventions, .calendar, .caseload, .history]

    public static let defaults = KeyMap(bindings: [
        Binding(.overview, [.char("1")], .keyOverview),
        Binding(.schools, [.char("2")], .keySchools),
        Binding(.clusters, [.char("3")], .keyClusters),
        Binding(.interventions, [.char("4")], .keyInterventions),
        Binding(.calendar, [.char("5")], .keyCalendar),
        Binding(.caseload, [.char("6")], .keyCaseload),
        Binding(.history, [.char("7")], .keyHistory),
        Binding(.nextView, [.char("]")], .keyNextView),
        Binding(.previousView, [.char("[")], .keyPreviousView),
        Binding(.switchPane, [.tab, .backTab], .keySwitchPane, hints: [.clusters], short: .hintPane),
        Binding(.up, [.up, .char("k")], .keyUp),
        Binding(.down, [.down, .char("j")], .keyDown),
        Binding(.left, [.left], .keyLeft),
        Binding(.right, [.right], .keyRight),
        Binding(.pageUp, [.pageUp, .ctrl("b")], .keyPageUp),
        Binding(.pageDown, [.pageDown, .ctrl("f")], .keyPageDown),
        Binding(.top, [.char("g"), .home], .keyTop),
        Binding(.bottom, [.char("G"), .end], .keyBottom),
        Binding(.open, [.enter, .char("l")], .keyOpen, hints: [.overview, .schools, .caseload, .calendar], short: .hintOpen),
        Binding(.back, [.escape, .char("h")], .keyBack),
        Binding(.filter, [.char("/")], .keyFilter, hints: [.schools, .clusters, .interventions, .calendar, .caseload, .history], short: .hintFilter),
        Binding(.sort, [.char("s")], .keySort, hints: [.schools], short: .hintSort),
        Binding(.reverseSort, [.char("S")], .keyReverseSort),
        Binding(.facets, [.char("f")], .keyFacets, hints: [.schools, .interventions, .history], short: .hintFacets),
        Binding(.clearFilters, [.char("x")], .keyClearFilters),
        Binding(.mapColouring, [.char("c")], .keyMapColouring, hints: [.overview], short: .hintMap),
        Binding(.newCluster, [.char("n")], .keyNewCluster, hints: [.clusters], short: .hintNew),
        Binding(.renameCluster, [.char("r")], .keyRenameCluster, hints: [.clusters], short: .hintRename),
        Binding(.moveSchool, [.char("m")], .keyMoveSchool, hints: [.clusters, .schools], short: .hintMove),
        Binding(.historyByActor, [.char("a")], .keyHistoryActor, hints: [.history], short: .hintActor),
        Binding(.historyBySchool, [.char("o")], .keyHistorySchool, hints: [.history], short: .hintSchool),
        Binding(.recordContact, [.char("K")], .keyRecordContact, hints: [.schools, .caseload], short: .hintContact),
        Binding(.interventionStatus, [.char("i")], .keyInterventionStatus, hints: [.interventions], short: .hintStatus),
        Binding(.followUpDone, [.char("d")], .keyFollowUpDone, hints: [.caseload], short: .hintDone),
        Binding(.moveFollowUp, [.char("F")], .keyMoveFollowUp),
        Binding(.participation, [.char("P")], .keyParticipation),
        Binding(.evaluation, [.char("E")], .keyEvaluation),
        Binding(.rateMeeting, [.char("R")], .keyRateMeeting, hints: [.calendar], short: .hintRate),
        Binding(.undo, [.char("u")], .keyUndo),
        Binding(.today, [.char("t")], .keyToday, hints: [.calendar], short: .hintToday),
        Binding(.calendarMode, [.char("v")], .keyCalendarMode, hints: [.calendar], short: .hintMode),
        Binding(.suggest, [.char("b")], .keySuggest, hints: [.clusters, .calendar], short: .hintBook),
        Binding(.newMeeting, [.char("N")], .keyNewMeeting, hints: [.calendar], short: .hintNewMeeting),
        Binding(.planRound, [.char("Y")], .keyPlanRound),
        Binding(.suggestClusters, [.char("O")], .keySuggestClusters, hints: [.clusters], short: .hintRegroup),
        Binding(.moveMeeting, [.char("M")], .keyMoveMeeting),
        Binding(.cancelMeeting, [.char("A")], .keyCancelMeeting),
        Binding(.meetingHeld, [.char("H")], .keyMeetingHeld),
        Binding(.dayBack, [.char(",")], .keyDayBack),
        Binding(.dayForward, [.char(".")], .keyDayForward),
        Binding(.weekBack, [.char("<")], .keyWeekBack),
        Binding(.weekForward, [.char(">")], .keyWeekForward),
        Binding(.toEvent, [.char("T")], .keyToEvent, hints: [.history], short: .hintTravel),
        Binding(.now, [.char("=")], .keyNow),
        Binding(.nextProgramme, [.char("p")], .keyProgramme),
        Binding(.palette, [.char(":")], .keyPalette, hints: ViewID.allCases, short: .hintPalette),
        Binding(.help, [.char("?")], .keyHelp, hints: ViewID.allCases, short: .hintHelp),
        Binding(.quit, [.char("q"), .ctrl("c")], .keyQuit, hints: ViewID.allCases, short: .hintQuit),
    ])

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    public func binding(_ action: Action) -> Binding? { bindings.first { $0.action == action } }
}
