import TestSupport
import Testing
@testable import Domain
@testable import Wording

@Suite struct CatalogueTests {
    /// Every language that ships gives every key of every area, and its forms, with nothing its files hold in error.
    @Test(arguments: LanguagePack.builtin.map(\.code))
    func everyLanguageGivesEveryKeyOfEveryArea(code: String) throws {
        let pack = try #require(LanguagePack.builtin.first { $0.code == code })
        #expect(pack.problems.isEmpty, "\(pack.problems)")
        #expect(pack.texts.count > 500)
        let declared = UIText.allCases.count + SharedText.allCases.count + MessageText.allCases.count + CLIText.allCases.count
            + ImportText.allCases.count + ReportText.allCases.count + HelpText.allCases.count
        #expect(pack.texts.count == declared)
    }

    @Test func aLanguageFileWithALostKeySaysSo() throws {
        var files = try #require(LanguagePack.builtinFiles("en"))
        files["report"] = files["report"]!.replacingOccurrences(of: #""repTitle""#, with: #""repTitel""#)
        let pack = try #require(LanguagePack(files: files))
        #expect(pack.problems == [.unknownKey("report", "repTitel"), .missingTexts("report", ["repTitle"])], "\(pack.problems)")
        #expect(Catalogue(.en).message(LanguageFileProblem.missingTexts("report", ["repTitle"])) == "report.json: 1 text missing (repTitle)")
    }

    @Test func placeholdersMatchBetweenLanguages() {
        let count: (String) -> Int = { s in (0..<6).filter { s.contains("{\($0)}") }.count }
        let packs = LanguagePack.builtin
        for pack in packs.dropFirst() {
            for (key, text) in packs[0].texts { #expect(count(text) == count(pack.texts[key] ?? ""), "\(pack.code) \(key)") }
        }
    }

    @Test func pluralsFollowTheNumber() {
        let da = Catalogue(.da), en = Catalogue(.en)
        #expect(da(.schoolsCount, 1) == "1 skole" && da(.schoolsCount, 2) == "2 skoler" && da(.schoolsCount, 0) == "0 skoler")
        #expect(en(.schoolsCount, 1) == "1 school" && en(.schoolsCount, 12) == "12 schools")
        #expect(da(.confirmAdopt, 1, "Nord") == "Flyt 1 skole til klyngen Nord?")
        #expect(da(.unrecordedCount, 1) == "1 møde mangler registrering" && da(.unrecordedCount, 3) == "3 møder mangler registrering")
        #expect(en(.cliStatsEvents, "1") == "1 event" && en(.cliStatsEvents, "1,000") == "1,000 events")
        #expect(da.span(days: 7) == "1 uge" && da.span(days: 15) == "2 uger og 1 dag")
        // No form is left unfilled in either language.
        for c in [da, en] { for k in UIText.allCases { #expect(!c(k, 1, 1, 1, 1, 1).contains("|"), "\(k)") } }
    }

    @Test func anArgumentIsNeverTakenForAPlaceholder() {
        // A school or cluster named with braces stays as typed: the template is filled in one pass.
        let da = Catalogue(.da)
        #expect(da(.confirmAdopt, 2, "Nord {1} {0|a|b}") == "Flyt 2 skoler til klyngen Nord {1} {0|a|b}?")
        #expect(da(.confirmAdopt, 1, "{") == "Flyt 1 skole til klyngen {?")
        #expect(da(.statusUser, "Anne {1}", "koord") == "Anne {1} (koord)")
    }

    @Test func danishDates() {
        let da = Catalogue(.da), en = Catalogue(.en)
        let d = Day(year: 2027, month: 3, day: 4)!
        #expect(da.longDate(d) == "torsdag d. 4. marts 2027")
        #expect(da.shortDate(d) == "4.3.2027")
        #expect(da.week(d) == "uge 9")
        #expect(da.time(570) == "9.30")
        #expect(en.longDate(d) == "Thursday 4 March 2027")
        #expect(en.week(d) == "week 9")
    }

    @Test func languageResolution() {
        #expect(Language.resolve(nil, environment: [:]) == .da)
        #expect(Language.resolve(nil, environment: ["TAVLE_LANG": "en"]) == .en)
        #expect(Language.resolve("da", environment: ["TAVLE_LANG": "en"]) == .da)
    }

    @Test func errorsAreWorded() {
        let da = Catalogue(.da)
        #expect(da.message(DomainError.invalidInstitution("12345")) == "\"12345\" er ikke et institutionsnummer: det skal være 6 cifre.")
        #expect(da.message(LogError.damaged(line: 7, offset: 1234, problem: .record(.checksumMismatch))).contains("linje 7 (byte 1234)"))
    }

    @Test func refusalsNameWhatTheStateKnowsAndKeepTheIdOfWhatItDoesNot() {
        var state = NetworkState()
        state.apply(.schoolRegistered(School(institution: "101001", name: "Hedeskolen", municipality: 101, kind: .folkeskole)))
        let da = Catalogue(.da)
        let refusal = DomainError.notPermitted(actor: "ahj", rule: .ownCaseload(school: "101001"))
        #expect(da.message(refusal, in: state).contains("skolen Hedeskolen"))
        #expect(da.message(refusal).contains("skolen 101001"))
        // Through `any Error` too (no endless dispatch between the two).
        #expect(da.message(refusal as any Error).contains("skolen 101001"))
        #expect(da.message(DomainError.unknownSchool("999999"), in: state).contains("999999"))
    }

    @Test func noConnectionYetIsWordedInEachLanguage() {
        let e = LogError.unreachable(location: "db:5432", problems: [.noConnectionYet])
        #expect(Catalogue(.da).message(e) == "Den fælles log på db:5432 kan ikke nås: ingen forbindelse; prøver igen om lidt")
        #expect(Catalogue(.en).message(e) == "The shared log at db:5432 cannot be reached: no connection; trying again shortly")
    }

    /// Every reason a host cannot be used is said in the reader's language, naming the host, each host in turn.
    @Test(arguments: [Language.da, .en])
    func connectionProblemsAreWordedNotQuoted(language: Language) {
        let all: [ConnectionProblem] = [.refused(host: "a:1"), .timedOut(host: "a:1"), .unknownHost(host: "a:1"), .noRoute(host: "a:1"),
                                        .readOnly(host: "a:1"), .closed(host: "a:1"), .tls(host: "a:1"),
                                        .authentication(host: "a:1", message: "m"), .server(host: "a:1", message: "m"), .other(host: "a:1", detail: "d")]
        let c = Catalogue(language)
        let said = all.map(c.message)
        #expect(Set(said).count == all.count && said.allSatisfy { $0.contains("a:1") }, "\(said)")
        let both = c.message(LogError.unreachable(location: "a:1,b:2", problems: [.readOnly(host: "a:1"), .refused(host: "b:2")]))
        #expect(both.contains(c.message(ConnectionProblem.readOnly(host: "a:1")) + "; " + c.message(ConnectionProblem.refused(host: "b:2"))))
    }

    /// An import's count is grouped as every other count is: "100.000 målinger", "100,000 measurements".
    @Test func countsInSummariesAreGroupedInEachLanguage() {
        let m = Measurement(programme: "p", indicator: "trivsel", school: "101001", period: .schoolYear(2024), value: Fixed(3))
        let many = [Event](repeating: .measurementRecorded(m), count: 100_000)
        #expect(Catalogue(.da).summary(of: many) == "100.000 målinger")
        #expect(Catalogue(.en).summary(of: many) == "100,000 measurements")
        #expect(Catalogue(.da).events(12_345) == "12.345 hændelser" && Catalogue(.da).events(1) == "1 hændelse")
        #expect(Catalogue(.en).summary(of: [Event](repeating: .measurementRecorded(m), count: 2)) == "2 measurements")
        // And a list's count after its title: "Historik (1.000.001)", "History (1,000,001)".
        #expect(Catalogue(.da).titleCount(1_000_001) == " (1.000.001)" && Catalogue(.en).titleCount(1_000_001) == " (1,000,001)")
        #expect(Catalogue(.da).titleCount(999) == " (999)")
        // A whole number with forms of its own is a count, and grouped; one without (a year, a line) is left as written.
        #expect(Catalogue(.da)(.schoolsCount, 1000) == "1.000 skoler" && Catalogue(.en)(.schoolsCount, 12_345) == "12,345 schools")
        #expect(Catalogue(.da)(.schoolsCount, 1) == "1 skole" && Catalogue(.da)(.schoolsCount, 999) == "999 skoler")
        #expect(Catalogue(.da)(.filtered, 2026, 12_345) == "2026 af 12345")
    }
}
