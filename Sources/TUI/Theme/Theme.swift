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
    public static let standard = builtin("default") ?? Theme(name: "default", paints: [:])
    /// No colour at all; used for NO_COLOR.
    public static let mono = builtin("mono") ?? Theme(name: "mono", paints: [:], usesColor: false)

    public static func builtin(_ name: String) -> Theme? {
        builtinSources[name].flatMap { try? ThemeParser.parse($0, file: name + ".toml") }
    }
}
