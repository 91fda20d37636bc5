import Effects
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Effekt: computed off the keystroke path, shown once it comes, its toggles recomputing it, and its details.
@Suite struct EffectsViewTests {
    @Test func theTableComesFromTheMailboxNotTheKeystroke() throws {
        var m = demoModel()
        update(&m, .key(.char("9")))
        // The key only asks: until the table comes, the screen says it is being computed.
        #expect(m.view == .effects)
        #expect(view(m).text.contains("Beregner"))
        let request = try #require(m.effectRequest)
        #expect(request.options.comparison == .never && request.options.base == .varying && request.options.repetitions == 999)
        update(&m, .effectsComputed(EffectTable.compute(request, m.state)))
        #expect(m.effectRequest == nil)
        let text = view(m).text
        #expect(text.contains("Turboforløb") && text.contains("bedre") && text.contains("kan ikke afgøres"))
        // Every figure with its n: at 80 columns on the kind's line, as the n column has no room.
        #expect(text.split(separator: "\n").contains { $0.contains("Turboforløb") && $0.contains(" med / ") && $0.contains(" uden") })
        // A write makes the table stale: it is asked for again, and the old one is not shown as current.
        update(&m, .stateChanged(m.state, m.events))
        #expect(m.effectRequest != nil)
        #expect(view(m).text.contains("Beregner"))
        // A table computed for an older state is dropped when it comes late.
        let stale = EffectTable.compute(request, m.state)
        update(&m, .effectsComputed(stale))
        #expect(m.effectCells == nil)
    }

    @Test func theTogglesAskForTheOtherComparisonAndBase() throws {
        var m = demoModel(language: .en)
        press(&m, .char("9"), .char("w"))
        #expect(m.effectCells?.first?.estimate?.options.comparison == .notYet)
        #expect(view(m).text.contains("against schools not started yet"))
        press(&m, .char("B"))
        #expect(m.effectCells?.first?.estimate?.options.base == .universal)
        #expect(view(m).text.contains("universal base year"))
        press(&m, .char("w"), .char("B"))
        #expect(m.effectCells?.first?.estimate?.options == EstimateOptions(repetitions: 999))
    }

    @Test(arguments: [Language.da, .en])
    func theDetailsAtBothSizes(language: Language) throws {
        for (w, h) in sizes {
            var m = demoModel(width: w, height: h, language: language)
            press(&m, .char("9"), .enter)
            #expect(m.effects.detail)
            expectGolden(view(m), "effects-detail-\(language.rawValue)-\(w)x\(h)")
            // Scrolled to its end: the warnings and the method.
            for _ in 0..<60 { press(&m, .down) }
            let end = view(m).text
            #expect(end.contains(language == .da ? "Metode" : "Method"))
            expectGolden(view(m), "effects-detail-end-\(language.rawValue)-\(w)x\(h)")
            press(&m, .escape)
            #expect(!m.effects.detail && m.view == .effects)
            press(&m, .escape)
            #expect(m.view == .overview)
        }
    }

    /// In an estimate's details the status bar offers the way back, not Enter (which opens nothing there).
    @Test(arguments: [Language.da, .en])
    func theDetailsOfferTheWayBack(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("9"))
        let back = try #require(m.session.keyMap.binding(.back)), open = try #require(m.session.keyMap.binding(.open))
        let say = { (b: Binding) in b.keys[0].label + " " + m.text(b.short ?? b.help) }
        #expect(screenLines(m).last!.hasPrefix(" " + say(open)))
        press(&m, .enter)
        #expect(m.effects.detail)
        let bar = screenLines(m).last!
        #expect(bar.hasPrefix(" " + say(back)) && !bar.contains(say(open)), "\(bar)")
        press(&m, .escape)
        #expect(!m.effects.detail && screenLines(m).last!.hasPrefix(" " + say(open)))
    }

    /// Scrolled into a kind's indicators, with its heading out of sight above, the column heading names the kind.
    @Test(arguments: [Language.da, .en])
    func theKindStaysInSightWhenItsHeadingIsScrolledAway(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("9"))
        let cells = try #require(m.effectCells)
        var kinds: [String] = []
        for c in cells where kinds.last != c.kind.name { kinds.append(c.kind.name) }
        var checked = 0
        for _ in cells {
            press(&m, .down)
            let lines = screenLines(m)
            // The top row is an indicator's (indented), and a later kind's heading is in view below it: the top
            // row's kind is the one before that in the table.
            guard lines[3].hasPrefix("│   "), let next = lines[4...].lazy.compactMap({ l in kinds.firstIndex { l.hasPrefix("│ " + $0 + " ") } }).first,
                  next > 0 else { continue }
            #expect(lines[2].hasPrefix("│ " + kinds[next - 1] + " "), "\(lines.prefix(8).joined(separator: "\n"))")
            checked += 1
        }
        #expect(checked > 2)
    }

    @Test func theChartIsReadableWithoutColour() throws {
        var m = demoModel(width: 160, height: 48)
        press(&m, .char("9"), .enter)
        let text = view(m).text
        // Every event time has its difference (●), its band (├─┤) and zero (│, or ┼ where the band crosses it).
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("│") && $0.contains("●") && !$0.contains("forskel") }
        #expect(rows.count >= 8)
        // (Zero may sit under the difference or the band's end.)
        let plots = rows.map { $0.dropFirst().dropLast() }
        #expect(plots.allSatisfy { $0.contains("├") && $0.contains("┤") }, "\(rows.joined(separator: "\n"))")
        #expect(plots.filter { $0.contains("│") || $0.contains("┼") }.count >= rows.count - 2)
        #expect(text.contains("├─┤"))
    }
}

@Suite struct EffectsFigureTests {
    /// Every point of the event study and of the start years carries its n, as every figure does.
    @Test func everyPointOfTheDetailsHasItsN() throws {
        var m = demoModel(width: 160, height: 48)
        press(&m, .char("9"), .enter)
        let rows = view(m).text.split(separator: "\n").filter { $0.hasPrefix("│") && $0.contains("●") && !$0.contains("forskel") }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("(n ") }, "\(rows)")
    }
}
