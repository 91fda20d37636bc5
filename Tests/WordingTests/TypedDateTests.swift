import Testing
@testable import Domain
@testable import Wording

/// Dates as a person types them in a form or an option: written out, without the year, or counted from today.
@Suite struct TypedDateTests {
    let today = Day(year: 2026, month: 12, day: 7)!

    @Test func aDateIsWrittenOutOrCountedFromToday() {
        let da = Catalogue(.da), en = Catalogue(.en)
        #expect(da.day("4.3.2027", today: today) == Day(year: 2027, month: 3, day: 4))
        #expect(en.day("2027-03-04", today: today) == Day(year: 2027, month: 3, day: 4))
        #expect(da.day("4.3", today: today) == Day(year: 2027, month: 3, day: 4), "the nearest 4 March")
        #expect(da.day("+14", today: today) == Day(year: 2026, month: 12, day: 21))
        #expect(en.day(" -3 ", today: today) == Day(year: 2026, month: 12, day: 4))
        #expect(da.day("+2u", today: today) == Day(year: 2026, month: 12, day: 21))
        #expect(en.day("+2W", today: today) == Day(year: 2026, month: 12, day: 21))
        #expect(da.day("i morgen", today: today) == Day(year: 2026, month: 12, day: 8))
        #expect(da.day("I dag", today: today) == today)
        #expect(en.day("yesterday", today: today) == Day(year: 2026, month: 12, day: 6))
        #expect(da.day("+30", today: Day(year: 2026, month: 12, day: 15)!) == Day(year: 2027, month: 1, day: 14), "across the year")
    }

    /// One language at a time: the other's words are not dates; nor is anything that is not a count.
    @Test func whatIsNotADateIsRefused() {
        let da = Catalogue(.da), en = Catalogue(.en)
        for text in ["+2w", "tomorrow", "++3", "+-3", "+", "+3d", "+ 3", "+١٢", "+12345", "fre", "30.2.2027", ""] {
            #expect(da.day(text, today: today) == nil, "\(text)")
        }
        for text in ["+2u", "i morgen", "3"] { #expect(en.day(text, today: today) == nil, "\(text)") }
    }
}
