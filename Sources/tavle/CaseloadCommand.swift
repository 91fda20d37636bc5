import ArgumentParser

struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "caseload", abstract: about(.caseloadAbstract))
    @OptionGroup var global: GlobalOptions
    @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
    @Option(help: help(.caseloadWeeks)) var weeks = 6
    @Option(help: help(.caseloadConsultant), completion: Complete.consultant) var consultant: String?
    @Flag(help: help(.optionJSON)) var json = false

    func run() throws {
        let words = global.catalogue
        let log = try openLog(try global.logPath(), text: words)
        let p = try resolveProgramme(programme, in: log.state, text: words)
        // Someone else's caseload, as the dashboard's `a` on Portefølje shows it: a person the log knows.
        if let consultant, log.state.people[consultant] == nil {
            let known = log.state.caseloadSizes(p).keys.sorted()
            throw Failure(message: words(.cliNoSuchConsultant, consultant, known.joined(separator: ", ")), code: Exit.refused)
        }
        let items = log.state.caseloadItems(p, consultant: consultant ?? global.actor, today: global.clock.today,
                                            contactWeeks: try Parse.bounded(weeks, "--weeks", 1...52, words))
        if json {
            try printJSON(items.map { item in
                CaseloadItemJSON(school: item.school, name: log.state.schools[item.school]?.name ?? "", weight: item.weight,
                                 reasons: item.reasons.map { AttentionJSON($0, words.reason($0, log.state, programme: p)) })
            })
        } else {
            PlainColumns.lines(items.map { item in
                [item.school, log.state.schools[item.school]?.name ?? item.school,
                 words.reasonsInBrief(item.reasons, log.state, programme: p).joined(separator: " · ")]
            }).forEach(say)
        }
    }
}
