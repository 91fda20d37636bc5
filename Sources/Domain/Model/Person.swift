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
