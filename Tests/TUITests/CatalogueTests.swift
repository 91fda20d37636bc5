import Testing
@testable import Domain
@testable import TUI

@Suite struct CatalogueTests {
    @Test func bothCataloguesHaveTheSameKeys() {
        let da = Set(Catalogue.table(.da).keys), en = Set(Catalogue.table(.en).keys)
        #expect(da == en)
        #expect(da == Set(Str.allCases))
    }

    @Test func placeholdersMatchBetweenLanguages() {
        for key in Str.allCases {
            let count: (String) -> Int = { s in (0..<5).filter { s.contains("{\($0)}") }.count }
            #expect(count(Catalogue.table(.da)[key] ?? "") == count(Catalogue.table(.en)[key] ?? ""), "\(key)")
        }
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
}
