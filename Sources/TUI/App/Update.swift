import Domain

/// What can happen to the model.
public enum Msg: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case stateChanged(NetworkState)
    case notice(String)
}

/// The one place the model changes.
public func update(_ model: inout Model, _ msg: Msg) {
    switch msg {
    case .resize(let w, let h):
        model.width = w; model.height = h
        model.keepSelectionVisible()
    case .stateChanged(let s):
        let keep = model.selectedRow?.institution
        model.state = s
        if let keep, let i = model.rows.firstIndex(where: { $0.institution == keep }) { model.selected = i }
        model.keepSelectionVisible()
    case .notice(let text):
        model.notice = text
    case .key(let key):
        model.notice = nil
        guard let action = model.keyMap.action(for: key) else { return }
        if model.showHelp {
            if action == .help || action == .back || action == .quit { model.showHelp = false }
            return
        }
        perform(action, &model)
    }
}

func perform(_ action: Action, _ m: inout Model) {
    switch action {
    case .quit: m.quitting = true
    case .help: m.showHelp = true
    case .overview: m.view = .overview; m.detailFocused = false
    case .schools: m.view = .schools
    case .nextView, .previousView:
        let all = ViewID.allCases
        let step = action == .nextView ? 1 : all.count - 1
        m.view = all[(m.view.rawValue + step) % all.count]
        m.detailFocused = false
    case .up: m.move(by: -1)
    case .down: m.move(by: 1)
    case .pageUp: m.move(by: -m.tableHeight)
    case .pageDown: m.move(by: m.tableHeight)
    case .top: m.move(by: -m.rows.count)
    case .bottom: m.move(by: m.rows.count)
    case .open:
        if m.view == .overview { m.view = .schools } else if m.selectedRow != nil { m.detailFocused = true }
    case .back:
        if m.detailFocused { m.detailFocused = false } else if m.view != .overview { m.view = .overview }
    case .switchPane:
        if m.view == .schools { m.detailFocused.toggle() }
    case .nextProgramme:
        let ids = Array(m.state.programmes.keys)
        guard !ids.isEmpty else { return }
        let i = m.programme.flatMap { ids.firstIndex(of: $0) } ?? -1
        m.programme = ids[(i + 1) % ids.count]
        m.selected = 0; m.scroll = 0
    }
}

extension Model {
    mutating func move(by delta: Int) {
        guard view == .schools, !rows.isEmpty else { return }
        selected = max(0, min(rows.count - 1, selected + delta))
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let h = tableHeight
        if selected < scroll { scroll = selected }
        if selected >= scroll + h { scroll = selected - h + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - h)))
    }
}
