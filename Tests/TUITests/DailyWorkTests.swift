import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// A consultant's day without the palette: every list filters in place, and the selected school's follow-ups
/// and interventions are acted on where they are shown.
@Suite struct DailyWorkTests {
    let programme = demoState.defaultProgramme!

    /// A school with at least `count` open follow-ups, and its consultant.
    func schoolWithFollowUps(_ count: Int) -> (school: String, consultant: String)? {
        let open = Dictionary(grouping: demoState.followUps.values.filter { $0.done == nil && $0.programme == programme }, by: \.school)
        guard let (school, _) = open.filter({ $0.value.count >= count }).min(by: { $0.key < $1.key }),
              let who = demoState.caseload[Enrolment(programme, school)] else { return nil }
        return (school, who)
    }

    /// Kind names are read whole in the matrix: wrapped over two heading lines where the cells are wide enough,
    /// and the selected column's name said in full on the legend line where they are not.
    @Test func theMatrixHeadingNamesEveryKindWhole() {
        var wide = demoModel(width: 160, height: 48)
        press(&wide, .char("4"))
        let top = view(wide).text.split(separator: "\n").prefix(5).joined(separator: "\n")
        for k in wide.derived.matrix.kinds { for word in k.name.split(separator: " ") { #expect(top.contains(word), "\(word)") } }
        #expect(!top.contains("…"))
        var narrow = demoModel()
        press(&narrow, .char("4"), .right, .right, .right)
        let kind = narrow.derived.matrix.kinds[3].name
        #expect(view(narrow).text.contains("▸ " + kind), "\(kind)")
    }

    @Test func theMatrixFiltersInPlace() {
        var m = demoModel()
        press(&m, .char("4"))
        let all = m.matrixRows.count
        let target = m.derived.schools.rows[m.matrixRows[all / 2]]
        press(&m, .char("/"))
        typeText(&m, target.name)
        #expect(m.view == .interventions, "/ left the matrix")
        #expect(m.matrixRows.count >= 1 && m.matrixRows.count < all)
        #expect(m.matrixRows.contains { m.derived.schools.rows[$0].institution == target.institution })
        // The filter line shows what is typed and how many of the matrix's rows it leaves.
        let line = view(m).text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.contains(target.name + "▏") && line.contains("\(m.matrixRows.count) af \(all)"), "\(line)")
        press(&m, .enter)
        #expect(m.currentSchool != nil && m.matrix.filter == target.name)
        let screen = view(m)
        #expect(screen.text.contains("/" + target.name), "\(screen.text)")
        // Nothing matching says so, and how to clear it.
        press(&m, .char("/"))
        typeText(&m, "qqqqzz")
        #expect(m.matrixRows.isEmpty)
        #expect(view(m).text.contains("Intet passer til filteret"))
        press(&m, .escape)
        #expect(m.matrixRows.count == all && m.matrix.filter.isEmpty)
    }

    @Test func theClustersAndTheCaseloadFilterInPlace() {
        var m = demoModel()
        press(&m, .char("3"))
        let clusters = m.derived.clusters.shown.count
        let name = m.derived.clusters.shown[3].cluster.name
        press(&m, .char("/"))
        typeText(&m, name)
        #expect(m.view == .clusters)
        #expect(m.derived.clusters.shown.map(\.cluster.name).contains(name) && m.derived.clusters.shown.count < clusters)
        #expect(m.selectedCluster?.name == m.derived.clusters.shown.first?.cluster.name)
        press(&m, .escape)
        #expect(m.derived.clusters.shown.count == clusters)

        var c = demoModel(user: "ahj")
        press(&c, .char("6"))
        let items = c.derived.caseload.shown
        #expect(items.count > 2)
        let school = c.state.schools[items[1].school]!.name
        press(&c, .char("/"))
        typeText(&c, school)
        #expect(c.view == .caseload)
        #expect(c.derived.caseload.shown.map(\.school).contains(items[1].school) && c.derived.caseload.shown.count < items.count)
        #expect(c.currentSchool == c.derived.caseload.shown[0].school)
        press(&c, .enter, .char("x"))
        #expect(c.derived.caseload.shown.count == items.count)
    }

    @Test func dMarksTheOnlyOpenFollowUpDoneAfterAsking() throws {
        let (school, who) = try #require(schoolWithFollowUps(1))
        var m = demoModel(user: who)
        openPage(&m, school)
        let open = m.openFollowUps(school)
        press(&m, .char("d"))
        if open.count == 1 {
            guard case .confirm(let c)? = m.overlay else { Issue.record("no question: \(String(describing: m.overlay))"); return }
            #expect(c.command == .completeFollowUp(id: open[0].id))
            #expect(c.question.contains(open[0].what))
        } else {
            guard case .pickFollowUp(let dialog9)? = m.overlay, dialog9.school == school, !dialog9.move else { Issue.record("no list: \(String(describing: m.overlay))"); return }
            press(&m, .enter)
        }
        press(&m, .char("j"))
        #expect(m.writes.outbox == [.completeFollowUp(id: open[0].id)])
    }

    @Test func severalOpenFollowUpsAreChosenFromAList() throws {
        let (school, who) = try #require(schoolWithFollowUps(2))
        var m = demoModel(width: 120, height: 40, user: who)
        openPage(&m, school)
        let open = m.openFollowUps(school)
        press(&m, .char("d"))
        guard case .pickFollowUp(let dialog10)? = m.overlay, dialog10.school == school, !dialog10.move else { Issue.record("no list: \(String(describing: m.overlay))"); return }
        let screen = view(m).text
        for f in open { #expect(screen.contains(f.what), "\(f.what) not listed") }
        press(&m, .down, .enter)
        guard case .confirm(let c)? = m.overlay else { Issue.record("no question"); return }
        #expect(c.command == .completeFollowUp(id: open[1].id))
        // No returns to the list, as it was.
        press(&m, .char("n"))
        guard case .pickFollowUp(let dialog11)? = m.overlay, case let cursor = dialog11.cursor else { Issue.record("not back at the list"); return }
        #expect(cursor.selected == 1)
        press(&m, .escape)
        // F opens the form that moves the chosen one.
        press(&m, .char("F"), .enter)
        guard case .form(let form)? = m.overlay else { Issue.record("no move form: \(String(describing: m.overlay))"); return }
        #expect(form == m.moveForm(open[0].id))
    }

    @Test func noOpenFollowUpsIsSaid() throws {
        let p = programme
        let school = try #require(demoState.caseload.first { e in e.key.programme == p && e.value == "ahj"
            && !demoState.followUps.values.contains { $0.school == e.key.school && $0.done == nil && $0.programme == p } }?.key.school)
        var m = demoModel(user: "ahj")
        openPage(&m, school)
        press(&m, .char("d"))
        #expect(m.overlay == nil && m.notice == .noOpenFollowUps(school: school))
        #expect(m.words(m.notice!).contains(demoState.schools[school]!.name))
    }

    @Test func iOnASchoolPageChoosesTheInterventionThenItsStatusByLetter() throws {
        var m = demoModel(width: 120, height: 40)
        let key = try #require(demoState.interventions.values.first {
            $0.key.programme == programme && $0.status == .started
                && demoState.participation[Enrolment(programme, $0.key.school)]?.status == .accepted }?.key)
        openPage(&m, key.school)
        press(&m, .char("i"))
        guard case .pickIntervention(let dialog12)? = m.overlay, dialog12.school == key.school else { Issue.record("no list: \(String(describing: m.overlay))"); return }
        let kinds = m.derived.matrix.kinds
        let screen = view(m).text
        #expect(screen.contains(kinds.first { $0.id == key.kind }!.name))
        let index = try #require(kinds.firstIndex { $0.id == key.kind })
        for _ in 0..<index { press(&m, .down) }
        press(&m, .enter)
        guard case .pickStatus(let dialog13)? = m.overlay, dialog13.key == key else { Issue.record("no status list: \(String(describing: m.overlay))"); return }
        // A status's letter chooses it (S for paused: "sat på pause").
        #expect(m.statusOptions(key).contains(.paused))
        press(&m, .char("S"))
        guard case .confirm(let c)? = m.overlay else { Issue.record("no question: \(String(describing: m.overlay)) \(String(describing: m.notice))"); return }
        #expect(c.command == .setInterventionStatus(key, status: .paused))
    }

    @Test func theMapReadsWithoutColour() {
        var m = demoModel(width: 160, height: 48)
        let text = view(m).text
        for p in ParticipationStatus.allCases { #expect(text.contains(BrailleMap.mark(p) + " " + m.text.name(p)), "\(p)") }
        #expect(Set(ParticipationStatus.allCases.map(BrailleMap.mark)).count == ParticipationStatus.allCases.count)
        press(&m, .char("c"))
        let byIntervention = view(m).text
        for s in InterventionStatus.allCases { #expect(byIntervention.contains(Glyphs.letter(s) + " " + m.text.name(s)), "\(s)") }
    }

    @Test func stalledWeeksAreWordedInEachLanguage() {
        let en = view(demoModel(width: 160, height: 48, language: .en)).text
        #expect(!en.contains(" u  ") && en.contains(" wk  "), "\(en)")
        let da = view(demoModel(width: 160, height: 48)).text
        #expect(da.contains(" u  "))
    }

    @Test func theCaseloadShowsTheWeightItIsOrderedBy() {
        var m = demoModel(user: "ahj")
        press(&m, .char("6"))
        let items = m.derived.caseload.shown
        #expect(items.map(\.weight) == items.map(\.weight).sorted(by: >))
        let screen = view(m).text
        #expect(screen.contains("Vægt"))
        let first = m.state.schools[items[0].school]!.name
        let row = screen.split(separator: "\n").first { $0.contains(first) }.map(String.init) ?? ""
        #expect(row.contains(" \(items[0].weight) "), "\(row)")
    }

    @Test func measuringPointsAreNamedInTheLanguageAndTypedEitherWay() {
        let da = demoModel(width: 160, height: 48), en = demoModel(width: 160, height: 48, language: .en)
        #expect(EvaluationSpec.point("førmåling", da) == .baseline && EvaluationSpec.point("baseline", da) == .baseline)
        #expect(EvaluationSpec.point("Midtvejsmåling", da) == .midway && EvaluationSpec.point("midway", en) == .midway)
        #expect(EvaluationSpec.point("halvvejs", da) == nil)
        // The overview names the programme's indicators in the language, each with its n, never by id.
        let overview = view(da).text, english = view(en).text
        #expect(overview.contains("Andel under 4 i dansk") && overview.contains("n 103") && !overview.contains("dansk-under-4"))
        #expect(english.contains("Share below grade 4 in Danish") && english.contains("n 103") && !english.contains("Andel"))
    }

    @Test func theCaseloadSaysEveryReasonOfTheSelectedSchoolInFull() {
        for (width, height) in [(80, 24), (120, 40)] {
            var m = demoModel(width: width, height: height, user: "ahj")
            press(&m, .char("6"))
            let items = m.derived.caseload.shown
            #expect(items.count > 5)
            for item in items {
                let screen = view(m).text
                let name = m.state.schools[item.school]!.name
                #expect(screen.contains("Hvorfor: " + name), "\(width)×\(height) \(name)")
                for r in item.reasons {
                    // Wrapped to the pane's width: the words are all there, in order, whatever the line breaks.
                    let words = m.text.reason(r, m.state, programme: m.programme).split(separator: " ")
                    let pane = screen.split(separator: "\n").drop { !$0.contains("Hvorfor: ") }
                        .map { $0.replacingOccurrences(of: "│", with: " ").replacingOccurrences(of: "•", with: " ") }
                    let flat = pane.joined(separator: " ").split(separator: " ")
                    #expect(flat.joined(separator: " ").contains(words.joined(separator: " ")), "\(width)×\(height): \(words.joined(separator: " "))")
                }
                press(&m, .down)
            }
        }
    }

    @Test func theMeasuringPointIsChosenAndMayBeNone() {
        var m = legacyDemoModel(user: "ahj")
        press(&m, .char("6"), .char("E"), .backTab)
        #expect(m.formValue(1) == "")
        press(&m, .char("m"))
        #expect(m.formValue(1) == "midtvejsmåling")
        press(&m, .char("m"), .char("s"))
        #expect(m.formValue(1) == "slutmåling")
        press(&m, .right)
        #expect(m.formValue(1) == "", "the optional choice steps round through none")
        press(&m, .left, .backspace)
        #expect(m.formValue(1) == "")
        press(&m, .backTab, .char("f"))
        #expect(m.formValue(0) == "fastholdelse")
        #expect(view(m).text.contains("[ingen] førmåling"))
    }

    @Test func datesCarryTheYearWhenMoreThanHalfAYearAway() {
        let text = Catalogue(.da), en = Catalogue(.en)
        let today = Day(year: 2026, month: 12, day: 2)!, next = Day(year: 2027, month: 1, day: 14)!, soon = Day(year: 2026, month: 12, day: 8)!
        #expect(text.compactDate(soon, today: today) == "tir 8.12.")
        #expect(text.compactDate(next, today: today) == "tor 14.1.", "five weeks ahead reads as one date without its year")
        #expect(en.compactDate(next, today: today) == "Thu 14/1")
        // Half a year either way is the edge: the same day and month a year apart never both go without a year.
        #expect(text.compactDate(Day(year: 2026, month: 6, day: 3)!, today: today) == "ons 3.6.")
        #expect(text.compactDate(Day(year: 2026, month: 6, day: 2)!, today: today) == "tir 2.6.2026")
        #expect(en.compactDate(Day(year: 2027, month: 6, day: 2)!, today: today) == "Wed 2/6")
        #expect(en.compactDate(Day(year: 2027, month: 6, day: 3)!, today: today) == "Thu 3/6/2027")
        #expect(en.compactDate(Day(year: 2025, month: 12, day: 2)!, today: today) == "Tue 2/12/2025")
        #expect(text.compactDate(next) == "tor 14.1.", "without a today, no year")
    }

    @Test func aFormsLabelsAreWholeAndItsErrorWraps() throws {
        var m = demoModel()
        let key = try #require(demoState.interventions.values.first { $0.key.programme == programme && $0.status == .started }?.key)
        var form = StopInterventionSpec.make(key)
        form.error = String(repeating: "Begrundelsen skal sige, hvorfor indsatsen stoppes, ", count: 3) + "til sidst."
        m.overlay = .form(form)
        let screen = view(m).text
        #expect(screen.contains("Begrundelse ") && !screen.contains("Begrundel…"), "\(screen)")
        #expect(screen.contains("sidst.") && screen.components(separatedBy: "Begrundelsen skal").count == 4, "the error was cut:\n\(screen)")
    }

    @Test func theHistoryFiltersInPlaceOverItsSentences() {
        var m = demoModel()
        press(&m, .char("7"))
        let all = m.history.visible.count
        press(&m, .char("/"))
        typeText(&m, "udført")
        #expect(m.view == .history)
        let shown = m.history.visible.map { m.events[$0] }
        #expect(!shown.isEmpty && shown.count < all)
        #expect(shown.allSatisfy { if case .followUpDone = $0.event { return true }; return m.text.sentence($0.event, in: m.state).contains("udført") })
        press(&m, .escape)
        #expect(m.history.visible.count == all)
        // A filter nothing passes says so, not that the log is empty.
        press(&m, .char("/"))
        typeText(&m, "zzqqxx")
        let text = view(m).text
        #expect(m.history.visible.isEmpty && text.contains(String(m.noMatchesText.prefix(20))) && !text.contains(m.text(.emptyTitle)))
    }

    @Test func theCalendarsListFiltersInPlace() {
        var m = demoModel(width: 120, height: 40)
        press(&m, .char("5"), .char("v"), .char("v"))
        #expect(m.calendar.mode == .list)
        let all = m.calendarMeetings.count
        let cluster = m.state.clusters["EL-K01"]!.name
        press(&m, .char("/"))
        typeText(&m, cluster)
        #expect(m.view == .calendar)
        let shown = m.calendarMeetings
        #expect(!shown.isEmpty && shown.count < all)
        #expect(shown.allSatisfy { $0.clusters.contains("EL-K01") || $0.title.contains(cluster) || $0.location.contains(cluster)
            || $0.schools.contains { m.state.schools[$0]?.name.contains(cluster) == true } })
        #expect(view(m).text.contains("/" + cluster))
        press(&m, .escape)
        #expect(m.calendarMeetings.count == all)
    }
}
