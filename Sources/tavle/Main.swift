import ArgumentParser
import Domain
import Foundation
import TUI

/// Exit codes: 0 ok, 1 refused or invalid input, 2 usage error, 3 damaged or unreadable log.
enum Exit {
    static let refused: Int32 = 1
    static let usage: Int32 = 2
    static let damagedLog: Int32 = 3
}

@main
enum Main {
    static func main() {
        Dashboard.prepareProcess()
        Console.guardDescriptors()
        if let unknown = Tavle.unknownSubcommand(Array(CommandLine.arguments.dropFirst())) {
            let names = Tavle.configuration.subcommands.map { $0._commandName }
            FileHandleOut.err(HelpLanguage.catalogue(.cliUnknownSubcommand, unknown, names.joined(separator: ", ")))
            FileHandleOut.err(ParserWording.say("  See 'tavle --help' for more information.", in: HelpLanguage.catalogue))
            exit(Exit.usage)
        }
        do {
            var command = try Tavle.parseAsRoot()
            // A broken config.toml is reported by every command, not only the dashboard (which says it in its notice).
            if !(command is Tavle) { reportConfigProblems() }
            try command.run()
        } catch let failure as Failure {
            FileHandleOut.err(failure.message)
            exit(failure.code)
        } catch {
            let code = Tavle.exitCode(for: error)
            let message = ParserWording.say(Tavle.fullMessage(for: error), in: HelpLanguage.catalogue)
            if code == .success || code.rawValue == 0 {
                say(message)
                exit(0)
            }
            FileHandleOut.err(message)
            exit(code == .validationFailure ? Exit.usage : code.rawValue)
        }
    }
}

/// A failure already worded for the user. Thrown while the parser validates (a bad `--lang` or `--today`), it is
/// reported by the parser with its message and exit 1, as from `run()`.
struct Failure: Error, CustomStringConvertible {
    let message: String
    let code: Int32
    var description: String { message }
}

enum FileHandleOut {
    static func err(_ s: String) {
        let safe = TextRules.printable(s)
        Console.err(safe.hasSuffix("\n") ? safe : safe + "\n")
    }
}

/// Prints a line. Text from the log is shown as it is, except a control character a crafted log may hold, which
/// is shown as U+FFFD instead of reaching the terminal.
func say(_ s: String) { Console.out(TextRules.printable(s) + "\n") }

/// The config file's problems, all of them, on stderr; what is wrong keeps its default.
func reportConfigProblems() {
    let problems = UserFiles.current.1
    guard !problems.isEmpty else { return }
    let words = HelpLanguage.catalogue
    FileHandleOut.err(words(.configError, problems.map { $0.worded(words) }.joined(separator: "; ")))
}
