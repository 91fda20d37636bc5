import ArgumentParser

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people", abstract: about(.peopleAbstract), subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.peopleListAbstract))
        @OptionGroup var global: GlobalOptions
        @Flag(help: help(.peopleListJSON)) var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words)
            // In the order of their full names (then handles), the same on every run.
            let people = log.state.people.values.sorted { ($0.fullName, $0.name) < ($1.fullName, $1.name) }
            if json {
                try printJSON(people.map(PersonJSON.init))
            } else {
                PlainColumns.lines(people.map { [$0.name, $0.fullName, words.name($0.role)] }).forEach(say)
            }
        }
    }
}
