import ArgumentParser
import Domain
import Wording

/// `tavle measurement`: one value of an indicator for one school, recorded or corrected.
struct MeasurementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measurement", abstract: about(.measurementAbstract),
                                                    subcommands: [Record.self, Correct.self])

    struct Value: ParsableArguments {
        @Option(help: help(.optionSchool), completion: Complete.school) var school: String
        @Option(help: help(.measurementIndicator), completion: Complete.indicator) var indicator: String
        @Option(help: help(.measurementPeriod)) var period: String
        @Option(help: help(.measurementValue)) var value: String
        @Option(help: help(.measurementPupils)) var pupils: Int?
        @Option(help: help(.measurementSource)) var source: String?
        @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?

        func measurement(_ state: NetworkState, _ words: Catalogue, today: Day) throws -> Measurement {
            let p = try resolveProgramme(programme, in: state, text: words)
            let d = try Parse.indicator(indicator, in: p, state, words)
            return Measurement(programme: p, indicator: d.id, school: school, period: try Parse.period(period, d.periodKind, words, near: today),
                               value: try Parse.fixed(value, words), pupils: pupils, source: source)
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.measurementRecordAbstract))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var value: Value

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let m = try value.measurement(log.state, words, today: global.clock.today)
            for r in try append(.recordMeasurement(m), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.measurementCorrectAbstract))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var value: Value
        @Option(help: help(.measurementReason)) var reason: String

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let m = try value.measurement(log.state, words, today: global.clock.today)
            for r in try append(.correctMeasurement(m, reason: reason), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}
