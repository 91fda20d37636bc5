import ArgumentParser
import Domain
import Wording

struct ParticipationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participation", abstract: about(.participationAbstract), subcommands: [Set.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.participationSetAbstract))

        @OptionGroup var global: GlobalOptions

        @Option(help: help(.participationSetSchool), completion: Complete.school)
        var school: String

        @Option(help: help(.optionProgramme), completion: Complete.programme)
        var programme: String

        @Option(help: help(.participationSetStatus), completion: Complete.participation)
        var status: String

        @Option(help: help(.participationSetTrack))
        var track: String?

        @Option(help: help(.participationSetReason))
        var reason: String?

        func run() throws {
            guard let s = ParticipationStatus(rawValue: status) else {
                throw Failure(message: global.catalogue(.cliTakes, "--status", ParticipationStatus.allCases.map(\.rawValue).joined(separator: ", "), status), code: Exit.refused)
            }
            try write(global, .setParticipation(Enrolment(programme, school), status: s, track: track, reason: reason))
        }
    }
}
