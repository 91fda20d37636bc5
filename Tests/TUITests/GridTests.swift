import Testing
@testable import TUI
@testable import Wording

@Suite struct GridTests {
    @Test func widths() {
        #expect("Ærø".displayWidth == 3)
        #expect("日本".displayWidth == 4)
        #expect("e\u{301}".displayWidth == 1)
        #expect("Bøgedalskolen".truncated(to: 6) == "Bøged…")
        #expect("日本語".truncated(to: 4) == "日…")
        #expect("Ærø".padded(to: 5) == "Ærø  ")
        #expect("42".padded(to: 4, alignRight: true) == "  42")
    }

    @Test func wideCharactersTakeTwoCells() {
        var g = Grid(width: 6, height: 1)
        #expect(g.put("日本x", x: 0, y: 0) == 5)
        #expect(g[0, 0].text == "日")
        #expect(g[1, 0].text == "")
        #expect(g.text == "日本x ")
    }

    @Test func textIsClippedToTheGrid() {
        var g = Grid(width: 5, height: 2)
        g.put("Skovlundskolen", x: 1, y: 1)
        #expect(g.text == "     \n Sko…")
        g.put("x", x: 9, y: 9)
        g.box(Rect(x: 0, y: 0, width: 5, height: 2), title: "Klynger")
        #expect(g.text.hasPrefix("┌"))
    }

    @Test func bars() {
        #expect(Charts.bar(0, of: 10, width: 10) == "")
        #expect(Charts.bar(10, of: 10, width: 4) == "████")
        #expect(Charts.bar(8, of: 16, width: 2) == "█")
        #expect(Charts.bar(1, of: 64, width: 2) == "▏")
    }
}
