import ArgumentParser
import Domain
import Wording

struct ParticipationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participation", abstract: about(.helpRecordASchoolS), subcommands: [Set.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.helpOfferAPlaceOr))

        @OptionGroup var global: GlobalOptions

        @Option(help: help(.helpTheSchoolS6), completion: Complete.school)
        var school: String

        @Option(help: help(.helpTheProgrammeId), completion: Complete.programme)
        var programme: String

        @Option(help: help(.helpOfferedAcceptedDeclinedOr), completion: Complete.participation)
        var status: String

        @Option(help: help(.helpTheTrackSporId2))
        var track: String?

        @Option(help: help(.helpWhyForADecline))
        var reason: String?

        func run() throws {
            guard let s = ParticipationStatus(rawValue: status) else {
                throw Failure(message: global.catalogue(.cliTakes, "--status", ParticipationStatus.allCases.map(\.rawValue).joined(separator: ", "), status), code: Exit.refused)
            }
            try write(global, .setParticipation(Enrolment(programme, school), status: s, track: track, reason: reason))
        }
    }
}
