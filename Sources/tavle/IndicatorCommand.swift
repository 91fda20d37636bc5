import ArgumentParser
import Domain
import Wording

/// `tavle indicator`: a programme's indicators defined, changed and listed.
struct IndicatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "indicator", abstract: about(.indicatorAbstract),
                                                    subcommands: [Define.self, Change.self, List.self])

    /// What `define` and `change` both take; `change` keeps what is not given.
    struct Fields: ParsableArguments {
        @Option(name: .customLong("name"), help: help(.indicatorName)) var names: [String] = []
        @Option(help: help(.indicatorUnit)) var unit: String?
        @Option(name: .customLong("min"), help: help(.indicatorMinimum)) var minimum: String?
        @Option(name: .customLong("max"), help: help(.indicatorMaximum)) var maximum: String?
        @Option(help: help(.indicatorDecimals)) var decimals: Int?
        @Option(help: help(.indicatorBetter)) var better: String?
        @Option(help: help(.indicatorPeriod)) var period: String?
        @Option(help: help(.indicatorBaseline)) var baseline: [String] = []
        @Option(name: .customLong("target-kind"), help: help(.indicatorTargetKind)) var targetKind: String?
        @Option(name: .customLong("school-target"), help: help(.indicatorSchoolTarget)) var schoolTarget: String?
        @Option(name: .customLong("programme-target"), help: help(.indicatorProgrammeTarget)) var programmeTarget: String?
        @Option(help: help(.indicatorSource)) var source: String?

        /// `base` with what was given put in.
        func apply(to base: IndicatorDefinition, _ words: Catalogue, today: Day) throws -> IndicatorDefinition {
            var d = base
            if !names.isEmpty {
                d.names = try names.map { let (l, n) = try ProgrammeCommand.Create.pair($0, "--name", words); return LocalName(l, n) }
            }
            if let unit { d.unit = try Parse.code(unit, words) }
            if let minimum { d.minimum = try Parse.fixed(minimum, words) }
            if let maximum { d.maximum = try Parse.fixed(maximum, words) }
            if let decimals { d.decimals = decimals }
            if let better { d.better = try Parse.code(better, words) }
            if let period {
                let kind: PeriodKind = try Parse.code(period, words)
                guard PeriodKind.definable.contains(kind) else {
                    throw Failure(message: words(.cliBadChoice, period, PeriodKind.definable.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
                }
                d.periodKind = kind
            }
            if !baseline.isEmpty {
                d.baseline = try baseline.flatMap { $0.split(separator: ",").map(String.init) }.map { try Parse.period($0, d.periodKind, words, near: today) }
            }
            if targetKind != nil || schoolTarget != nil || programmeTarget != nil {
                var t = d.target ?? IndicatorTarget(kind: .change)
                if let targetKind { t.kind = try Parse.code(targetKind, words) }
                if let schoolTarget { t.school = try Parse.fixed(schoolTarget, words) }
                if let programmeTarget { t.programme = try Parse.fixed(programmeTarget, words) }
                d.target = t
            }
            if let source { d.source = source }
            return d
        }
    }

    struct Define: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.indicatorDefineAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.indicatorID)) var id: String
        @OptionGroup var fields: Fields
        @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let p = try resolveProgramme(programme, in: log.state, text: words)
            let d = try fields.apply(to: IndicatorDefinition(id: id, programme: p, names: []), words, today: global.clock.today)
            for r in try append(.defineIndicator(d), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.indicatorChangeAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.measurementIndicator), completion: Complete.indicator) var id: String
        @OptionGroup var fields: Fields
        @Flag(name: .customLong("no-target"), help: help(.indicatorNoTarget)) var noTarget = false
        @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let p = try resolveProgramme(programme, in: log.state, text: words)
            let found = try Parse.indicator(id, in: p, log.state, words)
            guard log.state.indicators[found.key] != nil else {
                throw Failure(message: words.message(.unknownIndicator(programme: p, indicator: found.id), in: log.state), code: Exit.refused)
            }
            var d = try fields.apply(to: found, words, today: global.clock.today)
            if noTarget { d.target = nil }
            for r in try append(.changeIndicator(d), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.indicatorListAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
        @Flag(help: help(.optionJSON)) var json = false

        func run() throws {
            let words = global.catalogue
            let state = try openLog(try global.logPath(), text: words).state
            let p = try resolveProgramme(programme, in: state, text: words)
            let list = state.indicatorDefinitions(p)
            if json { return try printJSON(list.map { IndicatorJSON($0, state, words) }) }
            if list.isEmpty { say(words(.cliNoIndicators)); return }
            for d in list {
                let j = IndicatorJSON(d, state, words)
                say(words(.cliIndicatorLine, d.id, words.name(d), words.name(d.unit), words.value(d.minimum, decimals: d.decimals),
                          words.value(d.maximum, decimals: d.decimals), d.decimals, words.name(d.better)))
                say("  " + words(.cliIndicatorPeriods, words.name(d.periodKind), d.baseline.isEmpty ? "–" : d.baseline.map(words.period).joined(separator: ", ")))
                if let t = d.target {
                    say("  " + words(.cliIndicatorTarget, words.name(t.kind), t.school.map { words.value($0, decimals: d.decimals) } ?? "–",
                                     t.programme.map { words.value($0, decimals: d.decimals) } ?? "–"))
                }
                if !d.source.isEmpty { say("  " + words(.cliIndicatorSource, d.source)) }
                if d.periodKind == .point { say("  " + words(.cliIndicatorBuiltin)) }
                say("  " + words(.cliIndicatorMeasured, words.grouped(j.schools), words.grouped(j.values)))
            }
        }
    }
}
