import Domain
import Foundation
import Wording

/// The words each language's catalogue uses, for finding text that mixes the two: a word only the other language's
/// catalogue uses, and that is not a name or a typed id, is a word in the wrong language.
public enum Vocabulary {
    /// Every word of three letters or more in a catalogue, lower-cased, placeholders left out.
    public static func words(_ language: Language) -> Set<String> {
        let c = Catalogue(language)
        var texts = Array(LanguagePack.of(language).texts.values)
        // Weekdays and months, and weekdays shortened as the calendar shows them ("fre", "Fri").
        texts += (1...7).flatMap { [c.weekday($0), c.weekday($0, short: true)] } + (1...12).map { c.month($0) }
        return Set(texts.flatMap(tokens))
    }

    nonisolated(unsafe) static var cache: [Language: Set<String>] = [:]
    static let lock = NSLock()

    static func cachedWords(_ language: Language) -> Set<String> {
        lock.withLock {
            if let w = cache[language] { return w }
            let w = words(language)
            cache[language] = w
            return w
        }
    }

    /// Words only another language uses.
    public static func foreign(to language: Language) -> Set<String> {
        let own = cachedWords(language)
        return Language.allCases.filter { $0 != language }.reduce(into: Set<String>()) { $0.formUnion(cachedWords($1)) }.subtracting(own)
    }

    /// The words of a text: runs of letters, three or more, lower-cased.
    public static func tokens(_ text: String) -> [String] {
        text.split { !$0.isLetter }.filter { $0.count >= 3 }.map { $0.lowercased() }
    }

    /// What the log holds by name (schools, people, clusters, kinds, places, free text): words that are not the interface's.
    public static func names(in state: NetworkState) -> Set<String> {
        var texts: [String] = []
        texts += state.schools.values.map(\.name)
        texts += state.people.values.flatMap { [$0.fullName, $0.name, $0.base ?? ""] }
        texts += state.clusters.values.map(\.name)
        texts += state.programmes.values.flatMap { p in [p.name] + p.tracks.map(\.name) }
        texts += state.interventionKinds.values.flatMap { [$0.name, $0.id] }
        texts += state.contacts.values.flatMap { [$0.summary] + $0.participants }
        texts += state.followUps.values.flatMap { [$0.what, $0.who] }
        texts += state.meetings.values.flatMap { [$0.title, $0.location, $0.cancelReason ?? ""] }
        texts += state.feedback.values.map { $0.comment ?? "" }
        texts += state.participation.values.map { $0.reason ?? "" }
        texts += state.interventions.values.map { $0.reason ?? "" }
        // An indicator's names are the programme's own, given in the languages it chose, and its source text.
        texts += state.indicators.values.flatMap { $0.names.map(\.text) + [$0.id, $0.source] }
        texts += Municipality.all.map(\.name) + Region.all.map(\.name)
        return Set(texts.flatMap(tokens))
    }

    /// Words of a text that belong to the other language, less the names given. A word that may be cut short is not
    /// judged: one against "…" or a frame line (a dialog drawn over a table), or a short one that begins a word of
    /// the text's own language (the tab bar's "Port" for "Portefølje").
    public static func misplaced(in text: String, language: Language, names: Set<String>) -> [String] {
        let foreign = foreign(to: language), own = cachedWords(language)
        var seen: Set<String> = [], out: [String] = []
        let whole = text.replacingOccurrences(of: #"\p{L}+(?=[…│┃┌┐└┘─▏])|(?<=[│┃┌┐└┘─])\p{L}+"#, with: " ", options: .regularExpression)
        for w in tokens(whole) where foreign.contains(w) && !names.contains(w) && seen.insert(w).inserted {
            if w.count <= 4, own.contains(where: { $0.hasPrefix(w) }) { continue }
            out.append(w)
        }
        return out
    }
}
