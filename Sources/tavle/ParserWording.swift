import Foundation
import Wording

/// ArgumentParser's own words (headings, "Error:", "Unknown option …") in the help language. Tavle's texts come from
/// the catalogue already; these few are the parser's, so its output is rewritten, pattern by pattern, with the
/// catalogue's wording of each (`CLIText.parser…`; in English the parser's own words).
enum ParserWording {
    /// What the parser writes, most specific first, and the catalogue's key for it; `$1`, `$2` keep what it named.
    static let patterns: [(String, CLIText)] = [
        (#"^OVERVIEW: "#, .parserOverview),
        (#"^USAGE: "#, .parserUsageHeading),
        (#"^OPTIONS:$"#, .parserOptions),
        (#"^ARGUMENTS:$"#, .parserArguments),
        (#"^SUBCOMMANDS:$"#, .parserSubcommands),
        (#"Show help information\."#, .parserShowHelp),
        (#"Show the version\."#, .parserShowVersion),
        (#"See '([^']*) <subcommand>' for detailed help\."#, .parserSeeSubcommandHelp),
        (#"See '([^']*)' for more information\."#, .parserSeeHelp),
        (#"<subcommand>"#, .parserSubcommand),
        (#"\[<options>\]"#, .parserOptionsShort),
        (#"^Error: "#, .parserError),
        (#"^Usage: "#, .parserUsage),
        (#"^Help:  "#, .parserHelp),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, .parserUnknownOptionDidYouMean),
        (#"Unknown option '([^']*)'"#, .parserUnknownOption),
        (#"Unexpected argument '([^']*)'"#, .parserUnexpectedArgument),
        (#"Missing value for '([^']*)'"#, .parserMissingValue),
        (#"Missing expected argument '([^']*)'"#, .parserMissingArgument),
        (#"Missing one of: "#, .parserMissingOneOf),
        (#"Missing required subcommand\."#, .parserMissingSubcommand),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, .parserInvalidValueFor),
        (#"The value '([^']*)' is invalid\."#, .parserInvalidValue),
        (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#, .parserTakesNoValue),
        (#"Value to be set with (.*) had already been set with (.*)$"#, .parserAlreadySet),
        (#"Invalid option: "#, .parserInvalidOption),
        (#"\(default:(\s+[^)]*)\)"#, .parserDefault),
        (#"(\d+) unexpected arguments: "#, .parserUnexpectedArguments),
    ]

    static let compiled: [(NSRegularExpression, CLIText)] = patterns.map { (try! NSRegularExpression(pattern: $0.0, options: [.anchorsMatchLines]), $0.1) }

    /// The parser's text in the catalogue's language.
    static func say(_ text: String, in words: Catalogue) -> String {
        guard !words.isParserLanguage else { return text }
        var s = text
        for (re, key) in compiled {
            s = re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: words(key))
        }
        return s
    }
}
