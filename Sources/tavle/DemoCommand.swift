import ArgumentParser
import Domain
import TUI
import Wording

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Write the built-in demo network to a new log file, laid out around today (--today to choose the day).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Where to write the log. An existing file is never overwritten.")
    var out: String

    func run() throws {
        let text = global.catalogue
        let path = global.absolute(out)
        try writeDemo(to: path, text: text, clock: global.clock)
        let log = try openLog(path, text: text, quiet: true)
        say(text(.cliDemoWritten, path, log.recordCount))
    }
}
