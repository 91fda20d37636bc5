import Domain

public enum ViewID: Int, CaseIterable, Sendable {
    case overview, schools

    var title: Str {
        switch self {
        case .overview: return .tabOverview
        case .schools: return .tabSchools
        }
    }
}

/// Everything the screen shows, and nothing else. Views are functions of it.
public struct Model: Sendable {
    public var state: NetworkState {
        didSet { refreshDerived() }
    }
    public var today: Day
    public var programme: ProgrammeID? {
        didSet { refreshDerived() }
    }
    public var view: ViewID = .overview
    public var selected = 0
    public var scroll = 0
    public var detailFocused = false
    public var showHelp = false
    public var width: Int
    public var height: Int
    public var user: String
    public var logPath: String
    public var readOnly = false
    public var notice: String?
    public var keyMap: KeyMap
    public var text: Catalogue
    public var quitting = false

    /// Derived from state and programme, kept so keystrokes do not recompute it.
    public private(set) var rows: [SchoolRow] = []

    public init(state: NetworkState, today: Day, width: Int, height: Int, user: String, logPath: String,
                language: Language = .da, keyMap: KeyMap = .defaults) {
        self.state = state
        self.today = today
        self.width = width
        self.height = height
        self.user = user
        self.logPath = logPath
        self.keyMap = keyMap
        text = Catalogue(language)
        programme = state.defaultProgramme
        refreshDerived()
    }

    mutating func refreshDerived() {
        if programme.map({ state.programmes[$0] == nil }) ?? true, programme != state.defaultProgramme {
            programme = state.defaultProgramme   // runs this again, once
            return
        }
        rows = programme.map { state.schoolRows($0) } ?? []
        selected = min(selected, max(0, rows.count - 1))
    }

    public var selectedRow: SchoolRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    public static let minimumWidth = 80
    public static let minimumHeight = 24
    public var tooSmall: Bool { width < Model.minimumWidth || height < Model.minimumHeight }

    /// Rows of the school table that fit: the body less its frame and heading.
    var tableHeight: Int { max(1, height - 2 - 3) }
}
