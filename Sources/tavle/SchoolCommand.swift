import ArgumentParser
import Domain
import Foundation
import Wording

struct SchoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "school", abstract: about(.schoolAbstract), subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.schoolListAbstract))

        @OptionGroup var global: GlobalOptions

        @Option(help: help(.schoolListProgramme), completion: Complete.programme)
        var programme: String?

        @Flag(help: help(.schoolListJSON))
        var json = false

        func run() throws {
            let text = global.catalogue
            let log = try openLog(try global.logPath(), text: text)
            let id = try resolveProgramme(programme, in: log.state, text: text)
            // In Danish alphabetical order, numbers by their value, as the dashboard's Skoler lists them.
            let rows = log.state.schoolRows(id).map { (Collation.key($0.name), $0) }
                .sorted { ($0.0, $0.1.institution) < ($1.0, $1.1.institution) }.map(\.1)
            if json {
                say(try SchoolJSON.encode(rows))
            } else {
                let names = log.state.shortNames()
                let table = rows.map { r in
                    [r.institution, r.name, r.municipality, r.cluster ?? "–", r.consultant.map { names[$0] ?? $0 } ?? "–", text.name(r.participation)]
                }
                PlainColumns.lines(table).forEach(say)
            }
        }
    }
}



/// The stable English JSON shape of a school row.
struct SchoolJSON: Encodable {
    let institution, name, municipality, region: String
    let cluster, clusterName, consultant: String?
    let participation, kind: String

    static func encode(_ rows: [SchoolRow]) throws -> String {
        let list = rows.map {
            SchoolJSON(institution: $0.institution, name: $0.name, municipality: $0.municipality, region: $0.region,
                       cluster: $0.clusterID, clusterName: $0.cluster, consultant: $0.consultant, participation: $0.participation.rawValue,
                       kind: $0.kind.code)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(list), as: UTF8.self)
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(institution, forKey: .institution)
        try c.encode(name, forKey: .name)
        try c.encode(municipality, forKey: .municipality)
        try c.encode(region, forKey: .region)
        try c.encode(cluster, forKey: .cluster)
        try c.encode(clusterName, forKey: .clusterName)
        try c.encode(consultant, forKey: .consultant)
        try c.encode(participation, forKey: .participation)
        try c.encode(kind, forKey: .kind)
    }

    enum CodingKeys: String, CodingKey { case institution, name, municipality, region, cluster, clusterName, consultant, participation, kind }
}
