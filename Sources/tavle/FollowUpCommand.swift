import ArgumentParser

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: about(.followUpAbstract),
                                                    subcommands: [Done.self, Move.self, List.self])

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.followUpDoneAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.followUpDoneId), completion: Complete.followUp) var id: String
        @Option(parsing: .unconditional, help: help(.followUpDoneDate)) var date: String?

        func run() throws {
            let words = global.catalogue
            try write(global, .completeFollowUp(id: id, date: try date.map { try Parse.day($0, words, near: global.clock.today) }))
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.followUpMoveAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.followUpMoveId), completion: Complete.followUp) var id: String
        @Option(parsing: .unconditional, help: help(.followUpMoveDue)) var due: String
        @Option(help: help(.followUpMoveReason)) var reason: String

        func run() throws {
            try write(global, .moveFollowUp(id: id, due: try Parse.day(due, global.catalogue, near: global.clock.today), reason: reason))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.followUpListAbstract))
        @OptionGroup var global: GlobalOptions
        @Flag(help: help(.optionJSON)) var json = false
        @Flag(help: help(.followUpListAll)) var all = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words)
            let today = global.clock.today
            let list = log.state.followUps.values.filter { all || $0.done == nil }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
            if json {
                try printJSON(list.map { FollowUpJSON($0, today: today) })
            } else {
                // Who is to do it by the short name that tells people apart, not the handle.
                let names = log.state.shortNames()
                PlainColumns.lines(list.map { f in
                    let mark = f.done != nil ? "✓" : (f.isOverdue(on: today) ? "!" : " ")
                    return [mark, f.id, words.shortDate(f.due), log.state.schools[f.school]?.name ?? f.school,
                            f.what + " (" + (names[f.who] ?? f.who) + ")"]
                }, gap: " ").forEach(say)
            }
        }
    }
}
