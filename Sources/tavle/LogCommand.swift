import ArgumentParser
import Domain
import TUI

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Check the log file.", subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every record's checksum and sequence; print the number of events and the last sequence number.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let text = global.catalogue
            let path = try global.logPath()
            let log = try openLog(path, text: text, create: false)
            print(text(.cliVerified, path, log.events.count, log.state.lastSeq))
        }
    }
}
