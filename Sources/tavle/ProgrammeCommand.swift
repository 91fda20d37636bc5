import ArgumentParser
import Domain
import Wording

/// `tavle programme`: a programme from nothing (its period, tracks and intervention kinds), and the list of them.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "programme", abstract: about(.programmeAbstract),
                                                    subcommands: [Create.self, List.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.programmeCreateAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.programmeCreateID)) var id: String
        @Option(help: help(.programmeCreateName)) var name: String
        @Option(help: help(.programmeCreateFrom)) var from: String
        @Option(help: help(.programmeCreateTo)) var to: String
        @Option(help: help(.programmeCreateTrack)) var track: [String] = []
        @Option(help: help(.programmeCreateKind)) var kind: [String] = []

        func run() throws {
            let words = global.catalogue
            let programme = Programme(id: id, name: name, start: try Parse.day(from, words, near: global.clock.today), end: try Parse.day(to, words, near: global.clock.today),
                                      tracks: try track.map { let (i, n) = try Self.pair($0, "--track", words); return Track(id: i, name: n) })
            let kinds = try kind.map { let (i, n) = try Self.pair($0, "--kind", words); return InterventionKind(programme: id, id: i, name: n) }
            // The programme and its kinds in one write: all of it, or none.
            let log = try openLog(try global.logPath(), text: words, create: true, writes: true)
            let commands = [Command.defineProgramme(programme)] + kinds.map { .defineInterventionKind($0) }
            for r in try append(commands, to: log, global) { say(describe(r, words, in: log.state)) }
        }

        /// "ID=Name", as --track and --kind take them.
        static func pair(_ s: String, _ option: String, _ words: Catalogue) throws -> (String, String) {
            let parts = s.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw ValidationError(words(.cliBadPair, option, s)) }
            return (parts[0], parts[1])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.programmeListAbstract))
        @OptionGroup var global: GlobalOptions
        @Flag(help: help(.optionJSON)) var json = false

        func run() throws {
            let words = global.catalogue
            let state = try openLog(try global.logPath(), text: words).state
            let list = ProgrammeJSON.all(state)
            if json { return try printJSON(list) }
            if list.isEmpty { say(words(.cliNoProgramme)); return }
            for p in list {
                say("\(p.id)  \(p.name)  \(words.shortDate(Day.parse(p.from)!))–\(words.shortDate(Day.parse(p.to)!))  " + words(.schoolsCount, p.schools))
                for t in p.tracks { say("  " + words(.cliTrackLine, t.id, t.name)) }
                for k in p.kinds { say("  " + words(.cliKindLine, k.id, k.name)) }
            }
        }
    }
}

struct ProgrammeJSON: Encodable {
    struct Named: Encodable { let id: String, name: String }
    let id: String, name: String, from: String, to: String, tracks: [Named], kinds: [Named], schools: Int

    /// Every programme, as `programme list --json` and `export programmes --format json` print them.
    static func all(_ state: NetworkState) -> [ProgrammeJSON] {
        state.programmes.values.map { p in
            ProgrammeJSON(id: p.id, name: p.name, from: p.start.iso, to: p.end.iso,
                          tracks: p.tracks.map { .init(id: $0.id, name: $0.name) },
                          kinds: state.interventionKinds.values.filter { $0.programme == p.id }.map { .init(id: $0.id, name: $0.name) },
                          schools: state.participation.keys.filter { $0.programme == p.id }.count)
        }
    }
}

extension Programme {
    /// The programme `import … --create` makes when the log has none of that id: named by its id, from the first day of
    /// the school year `today` is in to the last day of the third (a school year runs 1 August to 31 July).
    static func byImport(_ id: String, today: Day) -> Programme {
        let first = today.month >= 8 ? today.year : today.year - 1
        return Programme(id: id, name: id, start: Day(year: first, month: 8, day: 1)!, end: Day(year: first + 3, month: 7, day: 31)!)
    }
}
