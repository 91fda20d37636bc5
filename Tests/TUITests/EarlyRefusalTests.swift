import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Refusals before the typing: a form opens only when its command could succeed for this person, this school and
/// this moment; otherwise the status line says why at once, in the model's language.
@Suite struct EarlyRefusalTests {
    /// A school in the demo's caseload of `consultant`, and one in another consultant's.
    func schools(of consultant: String) -> (own: String, other: String) {
        let p = demoState.defaultProgramme!
        let own = demoState.caseload.first { $0.key.programme == p && $0.value == consultant }!.key.school
        let other = demoState.caseload.first { $0.key.programme == p && $0.value != consultant }!.key.school
        return (own, other)
    }

    func selectSchool(_ m: inout Model, _ institution: String) {
        press(&m, .char("2"))
        m.schools.cursor.selected = m.derived.schools.visible.firstIndex { m.derived.schools.rows[$0].institution == institution }!
    }

    @Test func aConsultantIsToldAtOnceThatOnlyACoordinatorMayBook() {
        var m = demoModel(user: "ahj")
        press(&m, .char("5"), .char("N"))
        #expect(m.overlay == nil)
        #expect(m.notice == .refused(.domain(.notPermitted(actor: "ahj", rule: .coordinatorOnly))))
        #expect(m.words(m.notice!).contains("koordinator"))
        // The same keys for each coordinator-only action.
        for key: Character in ["P", "Y", "O"] {
            m.notice = nil
            press(&m, .char("2"), .char(key))
            #expect(m.overlay == nil, "\(key) opened \(String(describing: m.overlay))")
            #expect(m.notice == .refused(.domain(.notPermitted(actor: "ahj", rule: .coordinatorOnly))), "\(key)")
        }
    }

    @Test func aConsultantRecordsForOwnSchoolsAndIsToldAtOnceForAnothers() {
        var m = demoModel(user: "ahj")
        let (own, other) = schools(of: "ahj")
        selectSchool(&m, other)
        for key: Character in ["K", "E"] {
            press(&m, .char(key))
            #expect(m.overlay == nil)
            #expect(m.notice == .refused(.domain(.notPermitted(actor: "ahj", rule: .ownCaseload(school: other)))), "\(key)")
        }
        // Said in full at 80 columns: the message wraps above the status line instead of being cut.
        let said = m.words(m.notice!)
        #expect(said.displayWidth > 80)
        let screen = view(m).text.split(separator: "\n").suffix(3).joined(separator: " ")
        let words = screen.split(separator: " ").joined(separator: " ")
        #expect(words.contains(said.split(separator: " ").joined(separator: " ")), "\(screen)\n\(said)")
        selectSchool(&m, own)
        press(&m, .char("K"))
        guard case .form? = m.overlay else { Issue.record("no contact form for ahj's own school"); return }
    }

    @Test func someoneNotInTheLogIsToldBeforeTyping() {
        var m = demoModel(user: "zed")
        press(&m, .char("2"), .char("K"))
        #expect(m.overlay == nil)
        #expect(m.notice == .refused(.domain(.unknownActor("zed"))))
        #expect(m.words(m.notice!) == "Afvist: zed er ikke registreret i loggen og må læse, men ikke skrive.")
    }

    /// The schools list's write keys (contact, follow-up, undo, move) each refused before anything opens, saying
    /// that the dashboard looks back in time.
    static func expectWriteKeysRefusedForTravel(_ m: inout Model, sourceLocation: SourceLocation = #_sourceLocation) {
        for key: Character in ["K", "N", "u", "m"] {
            m.notice = nil
            press(&m, .char(key))
            #expect(m.overlay == nil, "\(key) opened \(String(describing: m.overlay))", sourceLocation: sourceLocation)
            #expect(m.notice == .travellingRefused, "\(key)", sourceLocation: sourceLocation)
        }
    }

    @Test func lookingBackInTimeSaysHowToComeBack() {
        for language in [Language.da, .en] {
            var m = demoModel(language: language)
            press(&m, .char("2"), .char(","))
            #expect(m.isHistorical)
            EarlyRefusalTests.expectWriteKeysRefusedForTravel(&m)
            let said = m.words(.travellingRefused)
            #expect(said.contains("=") && said.contains(m.text.shortDate(m.today)), "\(said)")
            #expect(!said.contains("skrivebeskyttet") && !said.contains("read-only"))
            press(&m, .char("="))
            #expect(!m.isHistorical)
            press(&m, .char("K"))
            guard case .form? = m.overlay else { Issue.record("no form back in the present"); return }
        }
    }

    @Test func aMeetingIsRatedOnlyBySomeoneWhoWasThere() {
        let context = Context(actor: "ahj", now: Timestamp(day: fixedToday, minutes: 12 * 60))
        let past = demoState.meetings.values.filter { $0.status != .cancelled && $0.day < fixedToday }
        let theirs = past.first { m in demoState.participants(m).contains { demoState.caseload[Enrolment(m.programme, $0)] == "ahj" } }!
        let notTheirs = past.first { m in !m.consultants.contains("ahj") && !demoState.participants(m).contains { demoState.caseload[Enrolment(m.programme, $0)] == "ahj" } }!
        #expect(Permissions.refusal(.rate(meeting: theirs.id), demoState, context) == nil)
        #expect(Permissions.refusal(.rate(meeting: notTheirs.id), demoState, context) == .notAtMeeting(actor: "ahj", meeting: notTheirs.id))
        let future = demoState.meetings.values.first { $0.status == .scheduled && $0.day > fixedToday }!
        #expect(Permissions.refusal(.rate(meeting: future.id), demoState, Context(actor: "mfr", now: context.now)) == .meetingInFuture(future.id))
    }

    @Test func aScreenTooSmallAnswersOnlyToQuit() {
        var m = demoModel(width: 40, height: 10)
        #expect(m.tooSmall)
        press(&m, .char("N"), .char("2"), .char(":"), .char("/"))
        #expect(m.overlay == nil && m.view == .overview && !m.quitting)
        update(&m, .resize(width: 80, height: 24))
        press(&m, .char("2"))
        #expect(m.view == .schools)
        update(&m, .resize(width: 40, height: 10))
        press(&m, .char("q"))
        #expect(m.quitting)
    }

    @Test func theStatusBarOffersOnlyKeysThatCanSucceed() {
        func bar(_ m: Model) -> String { String(view(m).text.split(separator: "\n").last ?? "") }
        var consultant = demoModel(width: 160, height: 48, user: "ahj"), coordinator = demoModel(width: 160, height: 48)
        press(&consultant, .char("5")); press(&coordinator, .char("5"))
        #expect(!bar(consultant).contains("N nyt møde") && bar(coordinator).contains("N nyt møde"), "\(bar(consultant))")
        press(&consultant, .char("6"))
        #expect(bar(consultant).contains("K kontakt"))
        press(&consultant, .char(","))
        #expect(consultant.isHistorical && !bar(consultant).contains("K kontakt"), "\(bar(consultant))")
    }
}
