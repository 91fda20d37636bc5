import Testing
@testable import Wording

/// Wrapping with a first line of its own width, as a summary after a heading on its row goes on under something else.
@Suite struct WrapTests {
    @Test func theFirstLineHasItsOwnWidth() {
        let text = "Samtale med skoleleder om læsebånd og trivsel"
        #expect(text.wrapped(to: 30, first: 12) == ["Samtale med", "skoleleder om læsebånd og", "trivsel"])
        #expect(text.wrapped(to: 12, first: 30) == ["Samtale med skoleleder om", "læsebånd og", "trivsel"])
        #expect(text.wrapped(to: 20) == text.wrapped(to: 20, first: 20))
        // A word wider than the first line is broken there, and goes on at the full width.
        #expect("Konferencecenter Aarhus".wrapped(to: 30, first: 6) == ["Konfer", "encecenter Aarhus"])
        // Spaces doubled or leading are not words: each word said once, in order.
        let spaced = "  Samtale  med   skoleleder om læsebånd"
        #expect(spaced.wrapped(to: 14, first: 9).joined(separator: " ").split(separator: " ") == spaced.split(separator: " "))
    }

    /// Kalender's week at 80 columns: a cluster's name broken with a hyphen, not silently inside a word.
    @Test func aBrokenWordIsMarkedWithAHyphen() {
        #expect("12.30 Hovedstaden 4".wrapped(to: 9, hyphens: true) == ["12.30", "Hovedsta-", "den 4"])
        #expect("12.30 Hovedstaden 4".wrapped(to: 9) == ["12.30", "Hovedstad", "en 4"])
        #expect("Midtjylland".wrapped(to: 4, hyphens: true) == ["Mid-", "tjy-", "lla-", "nd"])
        #expect("Midtjylland".wrapped(to: 2, hyphens: true) == ["Mi", "dt", "jy", "ll", "an", "d"], "no room for a hyphen")
        // A character wider than the line stands alone on its line rather than never being placed.
        #expect("日本".wrapped(to: 1) == ["日", "本"])
    }
}
