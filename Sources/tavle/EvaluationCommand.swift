import ArgumentParser
import Domain
import Wording

struct EvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluation", abstract: about(.evaluationAbstract), subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.evaluationAddAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionSchool), completion: Complete.school) var school: String
        @Option(help: help(.evaluationAddIndicator), completion: Complete.builtinIndicator) var indicator: String
        @Option(help: help(.evaluationAddValue)) var value: String
        @Option(parsing: .unconditional, help: help(.evaluationAddDate)) var date: String
        @Option(help: help(.evaluationAddPoint), completion: Complete.point) var point: String?
        @Option(help: help(.optionProgrammeIfSeveral), completion: Complete.programme) var programme: String?

        func run() throws {
            let words = global.catalogue
            guard let ind = BuiltinIndicator(rawValue: indicator) else {
                throw Failure(message: words(.cliBadChoice, indicator, BuiltinIndicator.allCases.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
            }
            let pt = try point.map { p -> MeasuringPoint in
                guard let m = Names.measuringPoint(p) else {
                    throw Failure(message: words(.cliBadChoice, p, MeasuringPoint.allCases.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
                }
                return m
            }
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let v = Evaluation(id: "", programme: p, school: school, indicator: ind, point: pt,
                               hundredths: try Parse.percent(value, words), date: try Parse.day(date, words, near: global.clock.today))
            for r in try append(.recordEvaluation(v), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}
