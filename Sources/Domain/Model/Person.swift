public enum Role: String, CaseIterable, Sendable {
    case consultant, coordinator
}

/// A learning consultant or coordinator, known by a short handle such as "ahj".
public struct Person: Sendable, Equatable {
    public var name: String
    public var fullName: String
    public var role: Role
    public var base: String?

    public init(name: String, fullName: String, role: Role, base: String? = nil) {
        self.name = name; self.fullName = fullName; self.role = role; self.base = base
    }

    public static func isValidHandle(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 32 && s.utf8.allSatisfy {
            ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 95
        }
    }
}

extension NetworkState {
    /// A person's full name; the handle when the log does not know them.
    public func fullName(_ handle: String) -> String { people[handle]?.fullName ?? handle }

    /// A first name and the last name's initial, "Mette F.", where a full name has no room; the handle when unknown.
    public func shortName(_ handle: String) -> String {
        guard let full = people[handle]?.fullName else { return handle }
        let words = full.split(separator: " ")
        guard words.count > 1, let first = words.first, let last = words.last?.first else { return full }
        return "\(first) \(last)."
    }

    /// Every known person's short name, told apart from the others': «Mette F.» where no one else's reads so; where
    /// two would read alike, as much of the last name as tells everyone of that short name apart («Anne Je.», «Anne
    /// Jo.»; «Konsulent k41» where only the whole does); the full name where first and last names are both the
    /// same, and with the handle where even full names are («Anne Jensen (aj2)»).
    public func shortNames() -> [String: String] {
        var out: [String: String] = [:]
        out.reserveCapacity(people.count)
        var groups: [String: [(handle: String, first: Substring, last: Substring, full: String)]] = [:]
        var oneWord: [String: [String]] = [:]
        for (handle, person) in people {
            let words = person.fullName.split(separator: " ")
            guard words.count > 1, let first = words.first, let last = words.last, let initial = last.first else {
                oneWord[person.fullName, default: []].append(handle)
                continue
            }
            groups["\(first) \(initial).", default: []].append((handle, first, last, person.fullName))
        }
        // A name of one word is said whole, with the handle where two people have it.
        for (name, handles) in oneWord {
            for h in handles { out[h] = handles.count > 1 ? "\(name) (\(h))" : name }
        }
        for (short, members) in groups {
            if members.count == 1 { out[members[0].handle] = short; continue }
            // Alike in first and last name: the full name, and the handle where that is alike too.
            var pairs: [String: Int] = [:], fulls: [String: Int] = [:]
            for m in members { pairs["\(m.first) \(m.last)", default: 0] += 1; fulls[m.full, default: 0] += 1 }
            var rest: [(handle: String, first: Substring, last: Substring, full: String)] = []
            for m in members {
                if pairs["\(m.first) \(m.last)"]! > 1 {
                    out[m.handle] = fulls[m.full]! > 1 ? "\(m.full) (\(m.handle))" : m.full
                } else {
                    rest.append(m)
                }
            }
            // The shortest part of the last name that tells the rest apart, read without its dot («k4.» and «k4» are
            // not apart); at its longest, the whole, where all differ.
            let longest = rest.map(\.last.count).max() ?? 0
            for k in 1...max(1, longest) {
                let stems = rest.map { "\($0.first) \($0.last.prefix(k))" }
                if Set(stems).count == stems.count || k >= longest {
                    for (m, stem) in zip(rest, stems) { out[m.handle] = m.last.count > k ? stem + "." : stem }
                    break
                }
            }
        }
        return out
    }
}
