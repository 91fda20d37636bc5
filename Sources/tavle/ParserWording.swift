import Foundation
import Wording

/// ArgumentParser's own words (headings, "Error:", "Unknown option …") in the help language. Tavle's texts come from
/// the catalogue already; these few are the parser's, so its output is rewritten, pattern by pattern.
enum ParserWording {
    /// Pattern and Danish replacement, most specific first; `$1`, `$2` keep what the parser named.
    static let danish: [(String, String)] = [
        (#"^OVERVIEW: "#, "OVERBLIK: "),
        (#"^USAGE: "#, "BRUG: "),
        (#"^OPTIONS:$"#, "TILVALG:"),
        (#"^ARGUMENTS:$"#, "ARGUMENTER:"),
        (#"^SUBCOMMANDS:$"#, "UNDERKOMMANDOER:"),
        (#"Show help information\."#, "Vis denne hjælp."),
        (#"Show the version\."#, "Vis versionen."),
        (#"See '([^']*) <subcommand>' for detailed help\."#, "Se '$1 <underkommando>' for uddybende hjælp."),
        (#"See '([^']*)' for more information\."#, "Se '$1' for mere hjælp."),
        (#"<subcommand>"#, "<underkommando>"),
        (#"\[<options>\]"#, "[<tilvalg>]"),
        (#"^Error: "#, "Fejl: "),
        (#"^Usage: "#, "Brug: "),
        (#"^Help:  "#, "Hjælp: "),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "Ukendt tilvalg '$1'. Mente du '$2'?"),
        (#"Unknown option '([^']*)'"#, "Ukendt tilvalg '$1'"),
        (#"Unexpected argument '([^']*)'"#, "Uventet argument '$1'"),
        (#"Missing value for '([^']*)'"#, "Mangler en værdi til '$1'"),
        (#"Missing expected argument '([^']*)'"#, "Mangler '$1'"),
        (#"Missing one of: "#, "Mangler én af: "),
        (#"Missing required subcommand\."#, "Mangler en underkommando."),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Værdien '$1' duer ikke til '$2'"),
        (#"The value '([^']*)' is invalid\."#, "Værdien '$1' duer ikke."),
        (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#, "Tilvalget '$1' tager ingen værdi, men fik '$2'."),
        (#"Value to be set with (.*) had already been set with (.*)$"#, "Værdien til $1 er allerede sat med $2"),
        (#"Invalid option: "#, "Ugyldigt tilvalg: "),
        (#"\(default: ([^)]*)\)"#, "(standard: $1)"),
    ]

    static let compiled: [(NSRegularExpression, String)] = danish.map { (try! NSRegularExpression(pattern: $0.0, options: [.anchorsMatchLines]), $0.1) }

    /// The parser's text in `language`: unchanged in English, rewritten in Danish.
    static func say(_ text: String, in language: Language) -> String {
        guard language == .da else { return text }
        var s = text
        for (re, template) in compiled {
            s = re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
        }
        return s
    }
}
