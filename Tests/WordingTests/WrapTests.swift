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
}
