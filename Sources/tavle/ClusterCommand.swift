import ArgumentParser
import Domain
import Wording

struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster", abstract: about(.clusterAbstract),
        subcommands: [List.self, Create.self, Rename.self, Move.self, Suggest.self])

    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.clusterSuggestAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
        @Option(help: help(.clusterSuggestSize)) var size = 6
        @Flag(help: help(.optionJSON)) var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words)
            let p = try resolveProgramme(programme, in: log.state, text: words)
            let list = log.state.compositions(p, size: try Parse.bounded(size, "--size", 2...30, words))
            if json {
                try printJSON(list.map(CompositionJSON.init))
                return
            }
            for c in list {
                let names = c.members.compactMap { log.state.schools[$0]?.name }.joined(separator: ", ")
                say("\(c.cluster.map { log.state.clusters[$0]?.name ?? $0 } ?? words(.compositionNew)): \(names)")
                let kinds = c.sharedKinds.compactMap { log.state.interventionKind(p, $0)?.name }
                say("   " + words(.compositionWhy, kinds.isEmpty ? "–" : kinds.joined(separator: ", "), c.spanKm, c.moves.count))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.clusterListAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
        @Flag(help: help(.optionJSON)) var json = false

        func run() throws {
            let text = global.catalogue
            let log = try openLog(try global.logPath(), text: text)
            let p = try resolveProgramme(programme, in: log.state, text: text)
            let today = global.clock.today
            let list = log.state.clusterSummaries(p, today: today)
            if json {
                let ratings = log.state.clusterRatings(p)
                try printJSON(list.map { ClusterJSON($0, rating: ratings[$0.cluster.id]) })
            } else {
                let names = log.state.shortNames()
                let table = list.map { s in
                    [s.cluster.id, s.cluster.name, String(log.state.activeMembers(s.cluster).count),
                     s.consultants.map { names[$0] ?? $0 }.sorted { Collation.key($0) < Collation.key($1) }.joined(separator: ", "), s.nextMeeting.map { text.shortDate($0.day) } ?? "–"]
                }
                PlainColumns.lines(table, alignRight: [2]).forEach(say)
            }
        }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.clusterCreateAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionProgramme), completion: Complete.programme) var programme: String
        @Option(help: help(.clusterCreateId)) var id: String
        @Option(help: help(.clusterCreateName)) var name: String
        @Option(help: help(.clusterCreateTrack)) var track: String?

        func run() throws {
            try write(global, .formCluster(id: id, programme: programme, name: name, track: track))
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.clusterRenameAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.optionCluster), completion: Complete.cluster) var id: String
        @Option(help: help(.clusterRenameName)) var name: String

        func run() throws { try write(global, .renameCluster(id: id, name: name)) }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.clusterMoveAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionSchool), completion: Complete.school) var school: String
        @Option(help: help(.clusterMoveTo), completion: Complete.cluster) var to: String

        func run() throws { try write(global, .placeSchool(cluster: to, school: school)) }
    }
}
