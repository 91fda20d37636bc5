import PropertyBased
import Testing
import TestSupport
@testable import Domain
@testable import TUI
@testable import Wording

/// Historik's `/` filter words every record once; after a write it words only the new records when none of them can
/// change how an older one reads. Either way it answers as an index built afresh.
@Suite struct HistorySearchTests {
    static let queries = ["kontakt", "skole", "opfølgning", "evaluering", "k", "anne", "klynge", "måling", "ø", "2026"]

    func fresh(_ events: [Recorded], _ state: NetworkState, _ text: Catalogue, _ query: String) -> [Int] {
        var h = HistoryState()
        h.filter = query
        h.rebuild(events, state: state, text: text)
        return h.visible
    }

    /// The demo's log read in random steps, the filter's index kept from step to step: at every step each query
    /// shows the records a fresh index shows; some steps extend the index and some build it again.
    @Test func stepByStepItAnswersAsBuiltAfresh() async {
        let text = Catalogue(.da)
        let tally = Tally()
        await propertyCheck(count: 5, input: Gen.int(in: 1...60).array(of: 12...16)) { steps in
            var n = demoEvents.count / 2 + steps[0] * 40
            var state = NetworkState.replay(demoEvents[..<n])
            var kept = HistoryState()
            for (k, step) in steps.enumerated() where n < demoEvents.count {
                for r in demoEvents[n..<min(n + step, demoEvents.count)] { state.apply(r) }
                n = min(n + step, demoEvents.count)
                let events = Array(demoEvents[..<n])
                kept.filter = Self.queries[k % Self.queries.count]
                kept.rebuild(events, state: state, text: text)
                #expect(kept.visible == fresh(events, state, text, kept.filter), "\(kept.filter) after \(n) records")
                if kept.searchUpdate == .extended { tally.succeeded() }
                tally.tried()
            }
        }
        print("property: \(tally.ok) of \(tally.all) steps extended the index")
        #expect(tally.ok >= 20 && tally.ok < tally.all, "steps must both extend the index and build it again")
    }

    /// A school renamed after its contacts were recorded: its older records are found by the new name.
    @Test func aRenameWordsOlderRecordsAgain() throws {
        let text = Catalogue(.da)
        var state = demoState
        let contact = try #require(demoEvents.last { if case .contactRecorded = $0.event { true } else { false } })
        guard case .contactRecorded(let c) = contact.event else { return }
        var h = HistoryState()
        h.filter = "Glitreskolen"
        h.rebuild(demoEvents, state: state, text: text)
        #expect(h.visible.isEmpty)
        var school = try #require(state.schools[c.school])
        school.name = "Glitreskolen"
        let renamed = Recorded(seq: demoEvents.count + 1, at: demoEvents.last!.at, actor: "mfr", event: .schoolUpdated(school))
        state.apply(renamed)
        h.rebuild(demoEvents + [renamed], state: state, text: text)
        #expect(h.searchUpdate == .built)
        #expect(h.visible.contains(contact.seq - 1) && h.visible == fresh(demoEvents + [renamed], state, text, h.filter))
    }

    /// Switching language words the records again in the new one: the filter never matches the old language's words.
    @Test func anotherLanguageWordsTheRecordsAgain() {
        var h = HistoryState()
        h.filter = "kontakt"
        h.rebuild(demoEvents, state: demoState, text: Catalogue(.da))
        let danish = h.visible
        h.filter = "contact"
        h.rebuild(demoEvents, state: demoState, text: Catalogue(.en))
        #expect(h.searchUpdate == .built && !danish.isEmpty)
        #expect(h.visible == fresh(demoEvents, demoState, Catalogue(.en), "contact"))
        h.filter = "kontakt"
        h.rebuild(demoEvents, state: demoState, text: Catalogue(.en))
        #expect(h.visible == fresh(demoEvents, demoState, Catalogue(.en), "kontakt") && h.visible != danish)
    }

    /// A hand-edited log may agree a follow-up again under an id already used; older records name it by what it
    /// is, so the index is built again rather than extended.
    @Test func aFollowUpAgreedAgainUnderItsIdWordsOlderRecordsAgain() throws {
        let text = Catalogue(.da)
        var state = demoState
        let old = try #require(state.followUps.values.first)
        var h = HistoryState()
        h.filter = "Nyt indhold"
        h.rebuild(demoEvents, state: state, text: text)
        var again = old
        again.what = "Nyt indhold"
        let r = Recorded(seq: demoEvents.count + 1, at: demoEvents.last!.at, actor: "ahj", event: .followUpAgreed(again))
        state.apply(r)
        h.rebuild(demoEvents + [r], state: state, text: text)
        #expect(h.searchUpdate == .built && h.visible == fresh(demoEvents + [r], state, text, h.filter))
    }

    /// A history longer than `inlineLimit`: the first letter asks for the index instead of building it, and the list
    /// says it is searching; the index built as the loop builds it answers as one built at once; then the next
    /// letters and a new contact use it at once, and a rename asks for it again.
    @Test func aLargeHistorysIndexIsBuiltAsideAndAnswersAsOneBuiltAtOnce() throws {
        let text = Catalogue(.da)
        var state = demoState
        var h = HistoryState()
        h.inlineLimit = 100
        h.filter = "kontakt"
        h.rebuild(demoEvents, state: state, text: text)
        #expect(h.searching && h.visible.isEmpty && h.searchUpdate == nil)
        let request = try #require(h.searchRequest)
        // An index of another history (a record fewer) is not taken.
        let shorter = Array(demoEvents.dropLast())
        h.adopt(SearchRequest(events: shorter, state: NetworkState.replay(shorter), text: text).build(), demoEvents, state: state, text: text)
        #expect(h.searching && h.visible.isEmpty)
        h.adopt(request.build(), demoEvents, state: state, text: text)
        #expect(!h.searching && h.searchRequest == nil && h.searchUpdate == .built)
        #expect(!h.visible.isEmpty && h.visible == fresh(demoEvents, state, text, "kontakt"))
        h.filter = "kontakt telefon"
        h.rebuild(demoEvents, state: state, text: text)
        #expect(!h.searching && h.searchUpdate == .kept && h.visible == fresh(demoEvents, state, text, h.filter))
        let contact = try #require(demoEvents.last { if case .contactRecorded = $0.event { true } else { false } })
        guard case .contactRecorded(var c) = contact.event else { return }
        c.id = state.nextID(.contact)
        let written = Recorded(seq: demoEvents.count + 1, at: demoEvents.last!.at, actor: contact.actor, event: .contactRecorded(c))
        state.apply(written)
        h.rebuild(demoEvents + [written], state: state, text: text)
        #expect(!h.searching && h.searchUpdate == .extended && h.visible == fresh(demoEvents + [written], state, text, h.filter))
        var school = try #require(state.schools[c.school])
        school.name += " Nord"
        let renamed = Recorded(seq: demoEvents.count + 2, at: demoEvents.last!.at, actor: "mfr", event: .schoolUpdated(school))
        state.apply(renamed)
        h.rebuild(demoEvents + [written, renamed], state: state, text: text)
        #expect(h.searching && h.visible.isEmpty)
        // The filter cleared before the index comes: typed again, it finds the index ready.
        let again = try #require(h.searchRequest)
        h.filter = ""
        h.rebuild(demoEvents + [written, renamed], state: state, text: text)
        h.adopt(again.build(), demoEvents + [written, renamed], state: state, text: text)
        #expect(!h.searching && h.visible.count == demoEvents.count + 2)
        h.filter = "Nord"
        h.rebuild(demoEvents + [written, renamed], state: state, text: text)
        #expect(!h.searching && h.searchUpdate == .kept && h.visible == fresh(demoEvents + [written, renamed], state, text, "Nord"))
    }

    /// The filter line's counts and the title's are grouped as the language writes them: «31.388 af 31.662».
    @Test func theFilterLinesCountsAreGroupedInEachLanguage() {
        for (language, of) in [(Language.da, " af "), (.en, " of ")] {
            var m = demoModel(width: 160, height: 48, language: language)
            press(&m, .char("7"), .char("/"))
            typeText(&m, "k")
            let text = view(m).text, total = m.events.count, shown = m.history.visible.count
            #expect(total >= 1000 && shown >= 1000, "\(total) \(shown)")
            #expect(text.contains(m.text.grouped(shown) + of + m.text.grouped(total)), "\(text)")
            #expect(!text.contains("\(total)"), "\(text)")
        }
    }
}
