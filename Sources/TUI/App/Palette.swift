import Domain

/// One thing the `:` palette can do.
public struct PaletteEntry: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case view(ViewID)
        case school(String)
        case action(Action)
        case programme(ProgrammeID)
    }
    public let label: String
    public let target: Target
}

extension Model {
    /// Views, actions, programmes and schools whose label matches the typed text, best first.
    func paletteEntries(_ query: String) -> [PaletteEntry] {
        var all: [PaletteEntry] = ViewID.allCases.map { PaletteEntry(label: "\(text(.paletteView)) \(text($0.title))", target: .view($0)) }
        for b in keyMap.bindings where b.action.inPalette {
            all.append(PaletteEntry(label: text(b.help), target: .action(b.action)))
        }
        for p in state.programmes.values {
            all.append(PaletteEntry(label: "\(text(.programmeLabel)) \(p.name)", target: .programme(p.id)))
        }
        for r in derived.rows {
            all.append(PaletteEntry(label: "\(r.name) (\(r.institution), \(r.municipality))", target: .school(r.institution)))
        }
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return Array(all.prefix(40)) }
        let matched = all.filter {
            let k = Folding.keys($0.label)
            return Folding.matches(q, long: k.long, short: k.short)
        }
        let qk = Folding.keys(q).short
        return matched.sorted { a, b in
            let pa = Folding.keys(a.label).short.hasPrefix(qk), pb = Folding.keys(b.label).short.hasPrefix(qk)
            return pa != pb ? pa : false
        }
    }
}

extension Action {
    /// Actions worth running by name.
    var inPalette: Bool {
        switch self {
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .open, .back, .switchPane, .palette: return false
        default: return true
        }
    }
}
