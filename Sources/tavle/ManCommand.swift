import ArgumentParser
import Foundation
import Wording

/// `tavle man`: the manual page in roff, in the help language, from the same help every command gives; the install
/// script puts it in `share/man/man1/tavle.1`, and `man -l` shows it.
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "man", abstract: about(.manAbstract))
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let w = HelpLanguage.catalogue
        var page = [".TH TAVLE 1 \"\" \"tavle \(Tavle.version)\" \"\(w(.manTitle))\"",
                    ".SH \(w(.manName))", "tavle \\- " + Self.roff(Tavle.configuration.abstract),
                    ".SH \(w(.manDescription))", Self.roff(Tavle.configuration.discussion),
                    ".SH \(w(.manCommands))"]
        for (path, type) in Self.commands(Tavle.self, []) {
            let text = ParserWording.say(Tavle.helpMessage(for: type, columns: 78), in: w)
            page += [".SS \"tavle\(path.isEmpty ? "" : " " + path.joined(separator: " "))\"", ".nf"] + text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.roff(String($0)) } + [".fi"]
        }
        page += [".SH \(w(.manEnvironment))", Self.roff(w(.manEnvironmentText)), ".SH \(w(.manFiles))", Self.roff(w(.manFilesText)),
                 ".SH \(w(.manExit))", Self.roff(w(.manExitText))]
        say(page.joined(separator: "\n"))
    }

    /// Every command below `type`, depth first, with its path of names.
    static func commands(_ type: ParsableCommand.Type, _ path: [String]) -> [([String], ParsableCommand.Type)] {
        [(path, type)] + type.configuration.subcommands.flatMap { sub -> [([String], ParsableCommand.Type)] in
            let name = sub.configuration.commandName ?? String(describing: sub).lowercased()
            return sub == ManCommand.self ? [] : commands(sub, path + [name])
        }
    }

    /// Text as roff shows it: backslashes written as \e, and a line that starts with a dot or an apostrophe not taken
    /// for a request.
    static func roff(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let escaped = line.replacingOccurrences(of: "\\", with: "\\e")
            return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
        }.joined(separator: "\n")
    }
}
