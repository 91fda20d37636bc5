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
            let people = Array(log.state.people.values)
            if json {
                try printJSON(people.map(PersonJSON.init))
            } else {
                for p in people { say("\(p.name.padded(to: 8)) \(p.fullName.padded(to: 28)) \(words.name(p.role))") }
            }
        }
    }
}
