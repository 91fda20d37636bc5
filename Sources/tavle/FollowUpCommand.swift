import ArgumentParser

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: about(.helpCloseMoveAndList),
                                                    subcommands: [Done.self, Move.self, List.self])

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpMarkAFollowUp))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.helpTheFollowUpId), completion: Complete.followUp) var id: String
        @Option(help: help(.helpWhenItWasDone)) var date: String?

        func run() throws {
            let words = global.catalogue
            try write(global, .completeFollowUp(id: id, date: try date.map { try Parse.day($0, words, near: global.clock.today) }))
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpMoveAFollowUp))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.helpTheFollowUpId2), completion: Complete.followUp) var id: String
        @Option(help: help(.helpTheNewDueDate)) var due: String
        @Option(help: help(.helpWhyItMoves)) var reason: String

        func run() throws {
            try write(global, .moveFollowUp(id: id, due: try Parse.day(due, global.catalogue, near: global.clock.today), reason: reason))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpListOpenFollowUps))
        @OptionGroup var global: GlobalOptions
        @Flag(help: help(.helpPrintJson)) var json = false
        @Flag(help: help(.helpIncludeFollowUpsThat)) var all = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words)
            let today = global.clock.today
            let list = log.state.followUps.values.filter { all || $0.done == nil }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
            if json {
                try printJSON(list.map { FollowUpJSON($0, today: today) })
            } else {
                for f in list {
                    let mark = f.done != nil ? "✓" : (f.isOverdue(on: today) ? "!" : " ")
                    say("\(mark) \(f.id) \(words.shortDate(f.due).padded(to: 10)) \((log.state.schools[f.school]?.name ?? f.school).padded(to: 22)) \(f.what) (\(f.who))")
                }
            }
        }
    }
}
