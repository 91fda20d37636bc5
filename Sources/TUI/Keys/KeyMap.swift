/// Everything a key can do.
public enum Action: String, CaseIterable, Sendable {
    case quit, help, overview, schools, nextView, previousView
    case up, down, pageUp, pageDown, top, bottom, open, back, switchPane, nextProgramme
}

/// One row of the key table: the single source for dispatch, help and status hints.
public struct Binding: Sendable {
    public let action: Action
    public var keys: [Key]
    public let help: Str
    /// Shown in the status bar.
    public let hint: Bool
}

public struct KeyMap: Sendable {
    public var bindings: [Binding]

    public static let defaults = KeyMap(bindings: [
        Binding(action: .overview, keys: [.char("1")], help: .keyOverview, hint: false),
        Binding(action: .schools, keys: [.char("2")], help: .keySchools, hint: false),
        Binding(action: .nextView, keys: [.char("]")], help: .keyNextView, hint: false),
        Binding(action: .previousView, keys: [.char("[")], help: .keyPreviousView, hint: false),
        Binding(action: .switchPane, keys: [.tab, .backTab], help: .keySwitchPane, hint: false),
        Binding(action: .up, keys: [.up, .char("k")], help: .keyUp, hint: false),
        Binding(action: .down, keys: [.down, .char("j")], help: .keyDown, hint: false),
        Binding(action: .pageUp, keys: [.pageUp, .ctrl("b")], help: .keyPageUp, hint: false),
        Binding(action: .pageDown, keys: [.pageDown, .ctrl("f")], help: .keyPageDown, hint: false),
        Binding(action: .top, keys: [.char("g"), .home], help: .keyTop, hint: false),
        Binding(action: .bottom, keys: [.char("G"), .end], help: .keyBottom, hint: false),
        Binding(action: .open, keys: [.enter, .char("l")], help: .keyOpen, hint: true),
        Binding(action: .back, keys: [.escape, .char("h")], help: .keyBack, hint: false),
        Binding(action: .nextProgramme, keys: [.char("p")], help: .keyProgramme, hint: true),
        Binding(action: .help, keys: [.char("?")], help: .keyHelp, hint: true),
        Binding(action: .quit, keys: [.char("q"), .ctrl("c")], help: .keyQuit, hint: true),
    ])

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    public func binding(_ action: Action) -> Binding? { bindings.first { $0.action == action } }
}
