import CConfusables
import Foundation

/// Names that cannot pass for something else. Text from a person is put in Unicode's composed form (NFC) before
/// anything is decided on it, so one name has one spelling in the log; a name holds no invisible characters
/// (`TextRules.invisible`); and a new school or cluster whose name looks like another's, by Unicode's confusables
/// skeleton (UTS #39, ICU's tables), is refused with the other's name and number.
public enum NameRules {
    /// The key two names share when a reader could take one for the other: the UTS #39 skeleton, lowercased (so
    /// "Bakkesk0len", "BakkeskoIen" and "Βakkeskolen" with a Greek capital beta all key as "bakkeskolen").
    public static func key(_ name: String) -> String {
        let text = Array(composed(name).utf16)
        guard !text.isEmpty else { return "" }
        var out = [UInt16](repeating: 0, count: text.count * 4 + 16)
        var n = tavle_skeleton(text, Int32(text.count), &out, Int32(out.count))
        if n > Int32(out.count) {
            out = [UInt16](repeating: 0, count: Int(n))
            n = tavle_skeleton(text, Int32(text.count), &out, Int32(out.count))
        }
        // Without ICU's tables (never so with Swift's Foundation), compatibility folding still joins the commonest.
        guard n >= 0 else { return name.precomposedStringWithCompatibilityMapping.lowercased() }
        return String(decoding: out.prefix(Int(n)), as: UTF16.self).lowercased()
    }

    /// The name in Unicode's composed form (NFC). Text below U+0300 (every letter of Danish and of Latin-1 written
    /// whole) is composed already: nothing there combines with what comes before it. Only text with anything from
    /// U+0300 up goes through Foundation's normalization, which was half the time of keying a register's names.
    static func composed(_ name: String) -> String {
        // UTF-8 bytes below 0xCC are ASCII, continuation bytes, or the lead bytes of U+0080…U+02FF.
        name.utf8.allSatisfy { $0 < 0xCC } ? name : name.precomposedStringWithCanonicalMapping
    }

    /// A school already named like this one, but not the same name. Names that are the same are allowed (many towns
    /// have a Rådhusskolen, told apart by number and municipality); names that only look the same are not.
    static func checkSchool(_ s: School, _ state: NetworkState) throws(DomainError) {
        if let other = state.schools(keyed: key(s.name)).first(where: { $0.institution != s.institution && $0.name != s.name }) {
            throw .confusableName(name: s.name, other: other.name, id: other.institution)
        }
    }

    static func checkCluster(_ id: String, _ name: String, _ state: NetworkState) throws(DomainError) {
        if let other = state.clusters(keyed: key(name)).first(where: { $0.id != id && $0.name != name }) {
            throw .confusableName(name: name, other: other.name, id: other.id)
        }
    }
}
