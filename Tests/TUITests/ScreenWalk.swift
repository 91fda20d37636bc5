import Foundation
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Every view and every dialog a key opens, one step further (the first choice, the question after a form, the form
/// after a list), as a coordinator and as a consultant, at both sizes: the screens a week's work meets.
func walkScreens(_ id: ViewID, language: Language, visit: (Model, String) -> Void) {
    let keys = KeyMap.defaults.bindings.flatMap(\.keys)
    for (w, h) in sizes {
        for user in ["mfr", "ahj"] {
            var base = demoModel(width: w, height: h, language: language, user: user)
            press(&base, .char(Character(String(id.rawValue + 1))), .down, .down)
            visit(base, "\(w)×\(h) \(user) \(id)")
            // The calendar's third view, the meetings as a list, is two presses of its key away.
            if id == .calendar, let v = KeyMap.defaults.binding(.calendarMode)?.keys.first {
                var list = base
                press(&list, v, v)
                visit(list, "\(w)×\(h) \(user) \(id) list")
            }
            for key in keys {
                var m = base
                press(&m, key)
                visit(m, "\(w)×\(h) \(user) \(id) \(key.name)")
                guard m.overlay != nil else { continue }
                press(&m, .enter)
                visit(m, "\(w)×\(h) \(user) \(id) \(key.name) ⏎")
                press(&m, .down, .enter)
                visit(m, "\(w)×\(h) \(user) \(id) \(key.name) ↓⏎")
            }
        }
    }
}

/// The ids the demo's log gives things that have names: meetings, follow-ups, contacts, clusters, people. Any of them on screen stands where a name belongs. A school's institution number is a public fact
/// shown in its own labelled column, so it is not counted.
enum IdPatterns {
    static let named: Set<String> = {
        var ids: Set<String> = []
        ids.formUnion(demoState.meetings.keys)
        ids.formUnion(demoState.followUps.keys)
        ids.formUnion(demoState.contacts.keys)
        ids.formUnion(demoState.clusters.keys)
        ids.formUnion(demoState.people.keys)
        return ids
    }()

    /// Id-like tokens of a text: a known id, or a sequence number "#123", or M/F/C and four digits.
    static func found(in text: String) -> [String] {
        var out: [String] = []
        let tokens = text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "#") }.map(String.init)
        for t in tokens {
            let bare = t.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            if named.contains(bare) || bare.wholeMatch(of: /#\d+|[MFC]\d{4}/) != nil { out.append(bare) }
        }
        return out
    }
}
