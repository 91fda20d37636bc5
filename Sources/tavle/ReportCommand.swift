import ArgumentParser
import Domain
import Exchange
import FileStore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: about(.reportAbstract))
    @OptionGroup var global: GlobalOptions
    @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
    @OptionGroup var travel: AsOfOption
    @Option(help: help(.reportFormat), completion: Complete.reportFormat) var format: String = "md"
    @Option(help: help(.optionOut), completion: .file()) var out: String?
    @Option(help: help(.reportPaper), completion: .list(Report.Paper.allCases.map(\.rawValue))) var paper: String = "a4"

    func run() throws {
        let words = global.catalogue
        guard let sheet = Report.Paper(rawValue: paper.lowercased()) else {
            throw Failure(message: words(.cliTakes, "--paper", Report.Paper.allCases.map(\.rawValue).joined(separator: ", "), paper), code: Exit.refused)
        }
        let pdf = format == "pdf"
        guard let f = pdf ? .html : Report.Format(rawValue: format) else { throw Failure(message: words(.cliTakes, "--format", "md, html, pdf", format), code: Exit.refused) }
        if pdf, out == nil { throw ValidationError(words(.cliPDFNeedsOut)) }
        let log = try openLog(try global.logPath(), text: words)
        var state = log.state
        var day = global.clock.today
        var head = try headLine(log, words)
        if let asOf = travel.asOf {
            day = try Parse.day(asOf, words, near: global.clock.today)
            let history = try readHistory(log, words)
            let prefix = history.prefix { Copenhagen.local($0.at).day <= day }
            // A recent day is the present rewound; an older one, or one an undo since stands in the way of, replayed.
            state = log.state.rewound(to: prefix.last?.seq ?? 0, at: prefix.last?.at, undoing: history[prefix.endIndex...])
                ?? NetworkState.replayForLookingBack(prefix)
            head = try storeCall(words) { try LogHead.at(prefix.last?.seq ?? 0, of: log) } ?? head
        }
        let p = try resolveProgramme(programme, in: state, text: words)
        let report = Report(state: state, programme: p, asOf: day, text: words, head: (head.seq, head.description))
        let text = f == .md ? report.markdown() : report.html(paper: sheet)
        try Output.write(pdf ? try PDFReport.convert(text, words) : Data(text.utf8), to: out, log: try global.logPath(), words)
    }
}
