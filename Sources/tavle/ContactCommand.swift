import ArgumentParser
import Domain

struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contact", abstract: about(.contactAbstract), subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.contactAddAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionSchool), completion: Complete.school) var school: String
        @Option(parsing: .unconditional, help: help(.contactAddDate)) var date: String
        @Option(help: help(.contactAddForm), completion: Complete.contactForm) var form: String
        @Option(help: help(.contactAddSummary)) var summary: String
        @Option(help: help(.contactAddParticipants)) var participants: String = ""
        @Option(name: .customLong("follow-up"), help: help(.contactAddFollowUps))
        var followUps: [String] = []
        @Option(help: help(.optionProgrammeIfSeveral), completion: Complete.programme) var programme: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let day = try Parse.day(date, words, near: global.clock.today)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let agreed = try followUps.map { spec -> FollowUp in
                let parts = spec.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 || parts.count == 3 else { throw Failure(message: words(.cliBadFollowUp, spec), code: Exit.refused) }
                return FollowUp(programme: p, school: school, what: parts[0], who: parts.count == 3 ? parts[1] : global.actor,
                                due: try Parse.day(parts[parts.count - 1], words, near: global.clock.today))
            }
            let contact = Contact(programme: p, school: school, date: day, form: try Parse.contactForm(form, words),
                                  participants: participants.split(separator: ",").map(String.init), summary: summary)
            for r in try append(.recordContact(contact, followUps: agreed), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}
