import ArgumentParser
import Domain

struct InterventionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intervention", abstract: about(.helpMoveInterventionsThroughTheir), subcommands: [Set.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpSetAnInterventionS))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.helpTheSchoolSInstitution), completion: Complete.school) var school: String
        @Option(help: help(.helpTheInterventionKindIts), completion: Complete.kind) var kind: String
        @Option(help: help(.helpTheNewStatusIn), completion: Complete.interventionStatus) var status: String
        @Option(help: help(.helpWhyRequiredForStopped)) var reason: String?
        @Option(help: help(.helpTheDateOfThe)) var date: String?
        @Option(help: help(.helpTheProgrammeIdIf), completion: Complete.programme) var programme: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let command = Command.setInterventionStatus(InterventionKey(p, school, try Parse.kind(kind, in: p, log.state, words)), status: try Parse.interventionStatus(status, words),
                                                        date: try date.map { try Parse.day($0, words, near: global.clock.today) }, reason: reason)
            for r in try append(command, to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}
