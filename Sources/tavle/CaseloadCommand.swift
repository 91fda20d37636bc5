import ArgumentParser

struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "caseload", abstract: about(.caseloadAbstract))
    @OptionGroup var global: GlobalOptions
    @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
    @Option(help: help(.caseloadWeeks)) var weeks = 6
    @Flag(help: help(.optionJSON)) var json = false

    func run() throws {
        let words = global.catalogue
        let log = try openLog(try global.logPath(), text: words)
        let p = try resolveProgramme(programme, in: log.state, text: words)
        let items = log.state.caseloadItems(p, consultant: global.actor, today: global.clock.today,
                                            contactWeeks: try Parse.bounded(weeks, "--weeks", 1...52, words))
        if json {
            try printJSON(items.map { item in
                CaseloadItemJSON(school: item.school, name: log.state.schools[item.school]?.name ?? "", weight: item.weight,
                                 reasons: item.reasons.map { AttentionJSON($0, words.reason($0, log.state, programme: p)) })
            })
        } else {
            PlainColumns.lines(items.map { item in
                [item.school, log.state.schools[item.school]?.name ?? item.school,
                 item.reasons.map { words.reason($0, log.state, programme: p) }.joined(separator: " · ")]
            }).forEach(say)
        }
    }
}
