import ArgumentParser
import Domain
import TUI

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Write the built-in demo network to a new log file.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Where to write the log. An existing file is never overwritten.")
    var out: String

    @Option(help: "Lay the demo out around this date (yyyy-mm-dd or d.m.yyyy) instead of today.")
    var today: String?

    func run() throws {
        let text = global.catalogue
        var day = Timestamp.now().danishDay
        if let today {
            guard let d = Day.parse(today) else { throw ValidationError("--today: \"\(today)\" is not a date.") }
            day = d
        }
        let path = global.absolute(out)
        try writeDemo(to: path, text: text, today: day)
        let log = try openLog(path, text: text, create: false, quiet: true)
        print(text(.cliDemoWritten, path, log.recordCount))
    }
}
