import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Words that do not say a thing twice or offer what does nothing.
@Suite struct GroupLabelTests {
    /// Resultater's groups name the selected school's cluster «Klynge Sjælland 2»; a cluster whose name already says it
    /// is one («Klynge 6», as in a national log) stands alone, not «Klynge Klynge 6».
    @Test(arguments: [Language.da, .en])
    func aClusterNamedAsOneIsNotLabelledTwice(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("8"))
        settleAside(&m)
        let label = m.text(.colCluster), before = screenLines(m)
        // The selected school's cluster, labelled.
        let cluster = try #require(m.state.clusters.values.first { c in before.contains { $0.contains("│ " + label + " " + c.name + " (") } })
        let id = cluster.id
        // Renamed to a name that begins with the word for a cluster, in either case.
        for renamed in [label + " 6", label.lowercased() + " Øst"] {
            var state = m.state
            let record = Recorded(seq: m.events.count + 1, at: m.events.last!.at, actor: "mfr", event: .clusterRenamed(id: id, name: renamed))
            state.apply(record)
            update(&m, .stateChanged(state, m.events + [record]))
            settleAside(&m)
            let lines = screenLines(m)
            #expect(lines.contains { $0.contains("│ " + renamed + " (") }, "\(lines.joined(separator: "\n"))")
            #expect(!lines.contains { $0.contains(label + " " + renamed) }, "\(lines.joined(separator: "\n"))")
        }
    }

    /// Effekt with nothing to estimate (no indicator measured by year): the status bar offers no Enter, nor the
    /// comparison and base year, which would change nothing.
    @Test func effektWithNothingToEstimateOffersNoKeysOfItsOwn() throws {
        var m = legacyDemoModel()
        press(&m, .char("9"))
        settleAside(&m)
        #expect(m.effectCells?.isEmpty == true)
        let bar = try #require(screenLines(m).last)
        for action in [Action.open, .toggleComparison, .toggleBase] {
            let b = try #require(m.session.keyMap.binding(action))
            #expect(!bar.contains(b.keys[0].label + " " + m.text(b.short ?? b.help)), "\(bar)")
        }
        // With estimates, Enter is offered again.
        var d = demoModel()
        press(&d, .char("9"))
        settleAside(&d)
        let open = try #require(d.session.keyMap.binding(.open))
        #expect(screenLines(d).last!.hasPrefix(" " + open.keys[0].label + " " + d.text(open.short ?? open.help)))
    }
}
