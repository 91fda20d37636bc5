import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// A school said whole where it is narrow: the schools list's side pane at 80 columns puts an intervention's kind and
/// how it stands on lines of their own, and a meeting's date and time apart from what and where it is; a school's page
/// wraps a long contact summary under itself instead of cutting it at the edge.
@Suite struct SchoolPaneTests {
    /// The side pane's text lines (right of the list), frames and margins aside.
    static func pane(_ m: Model) -> [String] {
        screenLines(m).dropFirst(2).compactMap { line in
            let parts = line.split(separator: "│", omittingEmptySubsequences: false)
            return parts.count >= 4 ? String(parts[parts.count - 2]).trimmingCharacters(in: .whitespaces) : nil
        }
    }

    @Test(arguments: [Language.da, .en])
    func theSidePaneSaysEachInterventionAndMeetingWhole(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("2"))
        let p = try #require(m.programme)
        var checkedKinds = 0, checkedMeetings = 0
        // The first schools in the list, each with what its pane has room for.
        for _ in 0..<12 {
            let inst = try #require(m.selectedSchool)
            let pane = Self.pane(m), text = pane.joined(separator: " ")
            for i in m.state.interventions(of: inst, in: p) {
                let kind = m.state.interventionKind(p, i.key.kind)?.name ?? i.key.kind
                let said = m.text.name(i.status) + " " + m.text.shortDate(i.updated)
                // Only what the pane's height reaches: the status line must be on screen for the kind to count.
                guard pane.contains(said) else { continue }
                #expect(text.contains(kind), "\(kind) in\n\(pane.joined(separator: "\n"))")
                checkedKinds += 1
            }
            for meeting in m.state.meetings(of: inst, in: p) where meeting.day >= m.today && meeting.status != .cancelled {
                let when = m.text.compactDate(meeting.day, today: m.today)
                guard let at = pane.firstIndex(where: { $0.hasPrefix(when + " ") }), pane.indices.contains(at + 1), pane[at + 1] != m.text(.detailMore) else { continue }
                #expect(pane[at + 1] == m.text.name(meeting.kind) || pane[at + 1].hasPrefix(m.text.name(meeting.kind) + "  "), "\(pane[at + 1])")
                checkedMeetings += 1
            }
            press(&m, .down)
        }
        #expect(checkedKinds > 5 && checkedMeetings > 2, "\(checkedKinds) \(checkedMeetings)")
    }

    /// An intervention's reason and stalled mark in the side pane at 80 columns: beside how it stands where they fit,
    /// else on lines of their own, never cut at the pane's edge («i gang 20.9.2026 ⚠ gået i …»).
    @Test(arguments: [Language.da, .en])
    func aStalledMarkAndAReasonAreWholeInTheSidePane(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("2"))
        let p = try #require(m.programme)
        var stalled = 0, reasons = 0
        for _ in 0..<m.derived.schools.visible.count {
            let inst = try #require(m.selectedSchool)
            let pane = Self.pane(m)
            for i in m.state.interventions(of: inst, in: p) {
                let said = m.text.name(i.status) + " " + m.text.shortDate(i.updated)
                guard let at = pane.firstIndex(where: { $0.hasPrefix(said) }), at + 2 < pane.count else { continue }
                // The lines that follow, up to the next intervention's or a blank one, joined.
                let rest = pane[at...].prefix { !$0.isEmpty }.prefix(6).joined(separator: " ")
                #expect(!pane[at].hasSuffix("…"), "\(pane.joined(separator: "\n"))")
                if i.status.canStall && m.today.ordinal - i.updated.ordinal >= 42 {
                    #expect(rest.contains("⚠ " + m.text(.stalledMark)), "\(pane.joined(separator: "\n"))")
                    stalled += 1
                }
                if let reason = i.reason, rest.count > said.count + 2 {
                    #expect(rest.contains(reason) || pane.last { !$0.isEmpty } == m.text(.detailMore), "«\(reason)» in\n\(pane.joined(separator: "\n"))")
                    reasons += 1
                }
            }
            press(&m, .down)
        }
        #expect(stalled > 0, "\(stalled) \(reasons)")
    }

    /// A follow-up on a school's page says what, who and why whole: longer than the line, they go on under the text
    /// at its column, not cut at the page's edge.
    @Test(arguments: [Language.da, .en])
    func aLongFollowUpIsWrappedOnThePage(language: Language) throws {
        let m = demoModel(language: language)
        let p = try #require(m.programme)
        let school = try #require(m.state.caseload.filter { $0.key.programme == p && $0.value == "ahj" }.map(\.key.school).min())
        let what = "Sende data for 8. årgang til skolens ledelse og aftale et opfølgende møde om læsebånd og trivsel i foråret"
        let reason = "skolelederen var syg, og mødet blev flyttet til efter vinterferien"
        var state = m.state
        state.apply(Recorded(seq: m.events.count + 1, at: m.events.last!.at, actor: "ahj", event: .followUpAgreed(
            FollowUp(id: "F9999", programme: p, school: school, what: what, who: "ahj", due: m.today.adding(days: 3)))))
        state.apply(Recorded(seq: m.events.count + 2, at: m.events.last!.at, actor: "ahj", event: .followUpMoved(id: "F9999", due: m.today.adding(days: 10), reason: reason)))
        var page = m
        update(&page, .stateChanged(state, m.events))
        for width in [76, 156] {
            let lines = SchoolPage.lines(page, school, width: width).map { $0.segments.map(\.0).joined() }
            let from = try #require(lines.firstIndex(of: page.text(.pageFollowUps))), to = try #require(lines[from...].firstIndex(of: ""))
            let part = Array(lines[from..<to])
            #expect(part.allSatisfy { $0.displayWidth <= width }, "\(part.filter { $0.displayWidth > width })")
            let text = part.joined(separator: " ").split(separator: " ").joined(separator: " ")
            #expect(text.contains(what) && text.contains(page.shortName("ahj")) && text.contains(reason), "\(part.joined(separator: "\n"))")
        }
    }

    /// A pane too short for all of a school ends in a note that Enter shows the rest, never in a section's heading
    /// with nothing under it (at 80×24 «Møder» stood alone on the last line).
    @Test(arguments: [Language.da, .en])
    func aShortPaneEndsInANoteNotABareHeading(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("2"))
        let headings = [m.text(.detailInterventions), m.text(.detailMeetings)]
        var noted = 0
        for _ in 0..<20 {
            let pane = Self.pane(m), last = try #require(pane.last { !$0.isEmpty })
            #expect(!headings.contains(last), "\(pane.joined(separator: "\n"))")
            if last == m.text(.detailMore) { noted += 1 }
            press(&m, .down)
        }
        #expect(noted > 0)
        // Where the pane holds everything (48 rows), no note.
        m = demoModel(width: 160, height: 48, language: language)
        press(&m, .char("2"))
        #expect(!Self.pane(m).contains(m.text(.detailMore)))
    }

    @Test(arguments: [Language.da, .en])
    func aLongContactSummaryIsWrappedUnderItselfOnThePage(language: Language) throws {
        let m = demoModel(language: language)
        var wrapped = 0
        for school in Set(m.state.contacts.values.map(\.school)).sorted().prefix(40) {
            // The contact log's part of the page: from its heading to the follow-ups'.
            let page = SchoolPage.lines(m, school, width: 76).map { $0.segments.map(\.0).joined() }
            let from = try #require(page.firstIndex(of: m.text(.pageContacts))), to = try #require(page.firstIndex(of: m.text(.pageFollowUps)))
            let lines = Array(page[from..<to])
            #expect(lines.allSatisfy { $0.displayWidth <= 76 }, "\(lines.filter { $0.displayWidth > 76 })")
            // Continuation lines joined to the line they go on from.
            let text = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
            for c in m.state.contacts.values where c.school == school && c.programme == m.programme {
                let said = c.summary.split(separator: " ").joined(separator: " ")
                #expect(text.contains(said), "\(said)")
                // A line that goes on with it: indented, holding the summary's last word.
                let last = String(said.split(separator: " ").last ?? "")
                if lines.contains(where: { $0.hasPrefix("   ") && !$0.hasPrefix("  " + m.text.shortDate(c.date)) && $0.contains(last) && !$0.contains(m.text.name(c.form) + " ") }) { wrapped += 1 }
            }
        }
        #expect(wrapped > 0, "no summary needed wrapping at 76 columns")
        // Its column under forty wide at 76, a summary goes on under the form (column 13), not under itself.
        let school = try #require(m.state.contacts.values.filter { $0.programme == m.programme }.max { $0.summary.count < $1.summary.count }?.school)
        let page = SchoolPage.lines(m, school, width: 76).map { $0.segments.map(\.0).joined() }
        #expect(page.contains { $0.hasPrefix(String(repeating: " ", count: 13)) && $0.dropFirst(13).first.map { $0 != " " } == true }, "\(page)")
    }

    /// A summary with doubled or leading spaces is said word for word, each word once (the first version cut the first
    /// line's characters off the rest by count, which repeated or lost words where `wrapped` had dropped a space).
    @Test func aSpacedSummaryIsSaidWordForWord() throws {
        var m = demoModel(user: "ahj")
        let p = try #require(m.programme)
        // One of hers in this programme (the caseload's order differs from run to run; another programme's school
        // was refused now and then).
        let school = try #require(m.state.caseload.filter { $0.key.programme == p && $0.value == "ahj" }.map(\.key.school).min())
        let summary = "Samtale  med   skoleleder om læsebånd,  trivselsmåling i 7. klasse og plan for forældremøder i foråret"
        var state = m.state
        let contact = Contact(programme: p, school: school, date: m.today, form: .phone, summary: summary)
        let records = try decideBatch([.recordContact(contact, followUps: [])], on: &state, actor: "ahj", now: Copenhagen.timestamp(m.today, minutes: 12 * 60))
        update(&m, .stateChanged(state, m.events + records))
        let said = try #require(m.state.contacts.values.first { $0.school == school && $0.summary.hasPrefix("Samtale") }).summary
        let page = SchoolPage.lines(m, school, width: 76).map { $0.segments.map(\.0).joined() }
        let start = try #require(page.firstIndex { $0.contains("Samtale") })
        let words = page[start...].prefix(3).joined(separator: " ").split(separator: " ").map(String.init)
        let from = try #require(words.firstIndex(of: "Samtale"))
        let expected = said.split(separator: " ").map(String.init)
        #expect(Array(words[from...].prefix(expected.count)) == expected, "\(page[start...].prefix(3))")
    }
}
