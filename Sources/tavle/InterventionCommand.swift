import ArgumentParser
import Domain

struct InterventionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intervention", abstract: about(.interventionAbstract), subcommands: [Set.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.interventionSetAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionSchool), completion: Complete.school) var school: String
        @Option(help: help(.interventionSetKind), completion: Complete.kind) var kind: String
        @Option(help: help(.interventionSetStatus), completion: Complete.interventionStatus) var status: String
        @Option(help: help(.interventionSetReason)) var reason: String?
        @Option(parsing: .unconditional, help: help(.interventionSetDate)) var date: String?
        @Option(help: help(.optionProgrammeIfSeveral), completion: Complete.programme) var programme: String?

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
