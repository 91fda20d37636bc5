/// A Danish kommune with its region and approximate position.
public struct Municipality: Sendable, Equatable {
    public let code: Int
    public let name: String
    public let regionCode: Int
    public let latitude: Double
    public let longitude: Double

    public var region: Region { Region.byCode[regionCode]! }

    /// Three digits, as the municipality code is written.
    public var codeText: String { pad(code, 3) }

    public static let byCode: [Int: Municipality] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    public static func named(_ name: String) -> Municipality? {
        let key = name.lowercased()
        return all.first { $0.name.lowercased() == key }
    }
}

public struct Region: Sendable, Equatable, Hashable {
    public let code: Int
    public let name: String

    public static let all: [Region] = [
        Region(code: 1081, name: "Region Nordjylland"),
        Region(code: 1082, name: "Region Midtjylland"),
        Region(code: 1083, name: "Region Syddanmark"),
        Region(code: 1084, name: "Region Hovedstaden"),
        Region(code: 1085, name: "Region Sjælland"),
    ]
    public static let byCode: [Int: Region] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
}
