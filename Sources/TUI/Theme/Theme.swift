/// A terminal colour: the terminal's own default, one of 256 indexed colours, or a hex colour.
public enum Color: Hashable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)
}

/// How one role is painted.
public struct Paint: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes
    public init(_ fg: Color = .terminalDefault, _ bg: Color = .terminalDefault, _ attributes: Attributes = []) {
        foreground = fg; background = bg; self.attributes = attributes
    }
}

/// Colours for every role. Roles a theme leaves out are painted as `text`.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var paints: [Role: Paint]
    /// False when colour is off (NO_COLOR or the mono theme): attributes and glyphs carry meaning.
    public var usesColor: Bool

    public init(name: String, paints: [Role: Paint], usesColor: Bool = true) {
        self.name = name; self.paints = paints; self.usesColor = usesColor
    }

    public func paint(_ role: Role) -> Paint { paints[role] ?? paints[.text] ?? Paint() }

    /// The built-in default: the terminal's own background, colour for meaning.
    public static let standard = Theme(name: "default", paints: [
        .text: Paint(), .muted: Paint(.indexed(8)), .accent: Paint(.indexed(6), .terminalDefault, .bold),
        .header: Paint(.indexed(4), .terminalDefault, .bold), .title: Paint(.indexed(6), .terminalDefault, .bold),
        .selection: Paint(.indexed(0), .indexed(6)), .border: Paint(.indexed(8)),
        .tabActive: Paint(.indexed(0), .indexed(4), .bold), .tabInactive: Paint(.indexed(7)),
        .statusBar: Paint(.indexed(7), .indexed(0)), .statusKey: Paint(.indexed(3), .indexed(0), .bold),
        .ok: Paint(.indexed(2)), .warning: Paint(.indexed(3), .terminalDefault, .bold), .error: Paint(.indexed(1), .terminalDefault, .bold),
        .offered: Paint(.indexed(3)), .accepted: Paint(.indexed(2)), .declined: Paint(.indexed(1)), .withdrawn: Paint(.indexed(5)),
        .planned: Paint(.indexed(4)), .started: Paint(.indexed(6)), .anchored: Paint(.indexed(2)),
        .completed: Paint(.indexed(10)), .evaluated: Paint(.indexed(12)), .paused: Paint(.indexed(3)),
        .stopped: Paint(.indexed(1)), .holiday: Paint(.indexed(5)), .today: Paint(.indexed(3), .terminalDefault, .bold),
    ])

    /// No colour at all; selection and headings keep their attributes.
    public static let mono = Theme(name: "mono", paints: [
        .text: Paint(), .muted: Paint(.terminalDefault, .terminalDefault, .dim),
        .accent: Paint(.terminalDefault, .terminalDefault, .bold), .header: Paint(.terminalDefault, .terminalDefault, .bold),
        .title: Paint(.terminalDefault, .terminalDefault, .bold), .selection: Paint(.terminalDefault, .terminalDefault, .reverse),
        .tabActive: Paint(.terminalDefault, .terminalDefault, [.reverse, .bold]), .statusBar: Paint(.terminalDefault, .terminalDefault, .reverse),
        .statusKey: Paint(.terminalDefault, .terminalDefault, [.reverse, .bold]), .warning: Paint(.terminalDefault, .terminalDefault, .bold),
        .error: Paint(.terminalDefault, .terminalDefault, [.bold, .underline]), .today: Paint(.terminalDefault, .terminalDefault, .bold),
    ], usesColor: false)
}
