import ArgumentParser
import Domain
import TUI
import Wording

struct ParticipationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participation", abstract: "Record a school's participation decisions.", subcommands: [Set.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Offer a place, or record that a school accepted, declined or withdrew.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The school's 6-digit institution number.")
        var school: String

        @Option(help: "The programme id.")
        var programme: String

        @Option(help: "offered, accepted, declined or withdrawn.")
        var status: String

        @Option(help: "The track (spor) id, when offering a place in a programme with tracks.")
        var track: String?

        @Option(help: "Why, for a decline or a withdrawal.")
        var reason: String?

        func run() throws {
            guard let s = ParticipationStatus(rawValue: status) else {
                throw ValidationError("--status takes \(ParticipationStatus.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(status)\".")
            }
            try write(global, .setParticipation(Enrolment(programme, school), status: s, track: track, reason: reason))
        }
    }
}
