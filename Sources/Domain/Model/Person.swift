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
}
