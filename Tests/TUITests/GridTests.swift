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

    @Test func tablesGiveTheirLastTextColumnWhatIsLeftAndShrinkBeforeDropping() {
        typealias C = Table.Column
        let plain = [C(title: "a", width: 10), C(title: "b", width: 8), C(title: "c", width: 12)]
        #expect(Table.fit(plain, to: 60).map(\.width) == [10, 8, 39])
        let numeric = [C(title: "a", width: 10), C(title: "n", width: 5, alignRight: true)]
        #expect(Table.fit(numeric, to: 60).map(\.width) == [10, 5], "a number column is not stretched")
        let flex = [C(title: "a", width: 10), C(title: "why", width: 30, flexible: true), C(title: "n", width: 4)]
        // 50 columns: the flexible one shrinks to 33 rather than dropping the last column.
        #expect(Table.fit(flex, to: 50).map(\.width) == [10, 33, 4])
        #expect(Table.fit(flex, to: 20).map(\.width) == [10, 8], "below its least width the last column drops")
    }
}
