import Wording

/// Names in a column of a given width: all of them where they fit, else as many as fit whole and how many more
/// («Bo L. +2»), so a narrow column says who and how many instead of a cut «Bo L., E…».
enum NameList {
    static func all(_ names: [String]) -> String { names.joined(separator: ", ") }

    static func fitting(_ names: [String], width: Int) -> String {
        let whole = all(names)
        guard whole.displayWidth > width, names.count > 1 else { return whole }
        for shown in stride(from: names.count - 1, through: 1, by: -1) {
            let text = all(Array(names.prefix(shown))) + " +" + String(names.count - shown)
            if text.displayWidth <= width { return text }
        }
        // Not even the first name whole beside the count of the others: its surname's initial goes first
        // («Camilla +3», not «Camill… +3»), then the name is cut, the count kept.
        let more = " +" + String(names.count - 1)
        if let given = givenName(names[0]), given.displayWidth + more.displayWidth <= width { return given + more }
        let cut = names[0].truncated(to: max(1, width - more.displayWidth))
        return (cut.hasSuffix(" …") ? String(cut.dropLast(2)) + "…" : cut) + more
    }

    /// «Camilla» of a short name «Camilla S.»: nil when the name does not end in an initial.
    static func givenName(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last, last.count == 2, last.last == ".", last.first?.isLetter == true else { return nil }
        return words.dropLast().joined(separator: " ")
    }
}
