import ArgumentParser
import Domain
import Foundation

/// Exit codes: 0 ok, 1 refused or invalid input, 2 usage error, 3 damaged or unreadable log.
enum Exit {
    static let refused: Int32 = 1
    static let usage: Int32 = 2
    static let damagedLog: Int32 = 3
}

@main
enum Main {
    static func main() {
        Console.guardDescriptors()
        do {
            var command = try Tavle.parseAsRoot()
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

/// A failure already worded for the user.
struct Failure: Error {
    let message: String
    let code: Int32
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
