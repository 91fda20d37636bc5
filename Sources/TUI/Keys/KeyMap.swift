import Wording
/// Everything a key can do.
public enum Action: String, CaseIterable, Sendable {
    case overview, schools, clusters, interventions, calendar, caseload, history, scorecard, effects
    case nextView, previousView, switchPane
    case up, down, left, right, pageUp, pageDown, top, bottom, open, back
    case filter, sort, reverseSort, facets, clearFilters
    case palette, help, mapColouring, nextProgramme
    case newCluster, renameCluster, moveSchool, historyByActor, historyBySchool
    case recordContact, interventionStatus, participation, evaluation, rateMeeting, undo, followUpDone, moveFollowUp
    case today, calendarMode, suggest, newMeeting, planRound, suggestClusters, moveMeeting, cancelMeeting, meetingHeld
    case dayBack, dayForward, weekBack, weekForward, toEvent, now
    case defineIndicator, changeIndicator, toggleComparison, toggleBase
    case quit
}

/// One row of the key table: the single source for dispatch, help, status hints and the config file.
public struct Binding: Sendable {
    public let action: Action
    public var keys: [Key]
    public let help: UIText
    /// The one word the status bar shows, where a screen lists the key among its hints.
    public let short: UIText?

    init(_ action: Action, _ keys: [Key], _ help: UIText, short: UIText? = nil) {
        self.action = action; self.keys = keys; self.help = help; self.short = short
    }
}

public struct KeyMap: Sendable {
    public var bindings: [Binding]

    /// The keys `1…n`, one for each screen in tab order, then the rest.
    public static let defaults = KeyMap(bindings: ViewID.allCases.compactMap { v in
        v.action.map { Binding($0, [.char(Character("\(v.rawValue + 1)"))], v.screen.keyHelp) }
    } + [
        Binding(.nextView, [.char("]")], .keyNextView),
        Binding(.previousView, [.char("[")], .keyPreviousView),
        Binding(.switchPane, [.tab, .backTab], .keySwitchPane, short: .hintPane),
        Binding(.up, [.up, .char("k")], .keyUp),
        Binding(.down, [.down, .char("j")], .keyDown),
        Binding(.left, [.left], .keyLeft),
        Binding(.right, [.right], .keyRight, short: .hintIndicator),
        Binding(.pageUp, [.pageUp, .ctrl("b")], .keyPageUp),
        Binding(.pageDown, [.pageDown, .ctrl("f")], .keyPageDown),
        Binding(.top, [.char("g"), .home], .keyTop),
        Binding(.bottom, [.char("G"), .end], .keyBottom),
        Binding(.open, [.enter, .char("l")], .keyOpen, short: .hintOpen),
        Binding(.back, [.escape, .char("h")], .keyBack, short: .hintBack),
        Binding(.filter, [.char("/")], .keyFilter, short: .hintFilter),
        Binding(.sort, [.char("s")], .keySort, short: .hintSort),
        Binding(.reverseSort, [.char("S")], .keyReverseSort),
        Binding(.facets, [.char("f")], .keyFacets, short: .hintFacets),
        Binding(.clearFilters, [.char("x")], .keyClearFilters),
        Binding(.mapColouring, [.char("c")], .keyMapColouring, short: .hintMap),
        Binding(.newCluster, [.char("n")], .keyNewCluster, short: .hintNew),
        Binding(.renameCluster, [.char("r")], .keyRenameCluster, short: .hintRename),
        Binding(.moveSchool, [.char("m")], .keyMoveSchool, short: .hintMove),
        Binding(.historyByActor, [.char("a")], .keyHistoryActor, short: .hintActor),
        Binding(.historyBySchool, [.char("o")], .keyHistorySchool, short: .hintSchool),
        Binding(.recordContact, [.char("K")], .keyRecordContact, short: .hintContact),
        Binding(.interventionStatus, [.char("i")], .keyInterventionStatus, short: .hintStatus),
        Binding(.followUpDone, [.char("d")], .keyFollowUpDone, short: .hintDone),
        Binding(.moveFollowUp, [.char("F")], .keyMoveFollowUp),
        Binding(.participation, [.char("P")], .keyParticipation),
        Binding(.evaluation, [.char("E")], .keyEvaluation),
        Binding(.rateMeeting, [.char("R")], .keyRateMeeting, short: .hintRate),
        Binding(.undo, [.char("u")], .keyUndo),
        Binding(.today, [.char("t")], .keyToday, short: .hintToday),
        Binding(.calendarMode, [.char("v")], .keyCalendarMode, short: .hintMode),
        Binding(.suggest, [.char("b")], .keySuggest, short: .hintBook),
        Binding(.newMeeting, [.char("N")], .keyNewMeeting, short: .hintNewMeeting),
        Binding(.planRound, [.char("Y")], .keyPlanRound),
        Binding(.defineIndicator, [.char("D")], .keyDefineIndicator, short: .hintDefine),
        Binding(.changeIndicator, [.char("e")], .keyChangeIndicator, short: .hintChange),
        Binding(.toggleComparison, [.char("w")], .keyToggleComparison, short: .hintCompare),
        Binding(.toggleBase, [.char("B")], .keyToggleBase, short: .hintBase),
        Binding(.suggestClusters, [.char("O")], .keySuggestClusters, short: .hintRegroup),
        Binding(.moveMeeting, [.char("M")], .keyMoveMeeting),
        Binding(.cancelMeeting, [.char("A")], .keyCancelMeeting),
        Binding(.meetingHeld, [.char("H")], .keyMeetingHeld),
        Binding(.dayBack, [.char(",")], .keyDayBack),
        Binding(.dayForward, [.char(".")], .keyDayForward),
        Binding(.weekBack, [.char("<")], .keyWeekBack),
        Binding(.weekForward, [.char(">")], .keyWeekForward),
        Binding(.toEvent, [.char("T")], .keyToEvent, short: .hintTravel),
        Binding(.now, [.char("=")], .keyNow),
        Binding(.nextProgramme, [.char("p")], .keyProgramme),
        Binding(.palette, [.char(":")], .keyPalette, short: .hintPalette),
        Binding(.help, [.char("?")], .keyHelp, short: .hintHelp),
        Binding(.quit, [.char("q"), .ctrl("c")], .keyQuit, short: .hintQuit),
    ])

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    public func binding(_ action: Action) -> Binding? { bindings.first { $0.action == action } }
}
