import ArgumentParser
import Domain
import Exchange

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: about(.importAbstract),
                                                    subcommands: [Programmes.self, Schools.self, Register.self, Consultants.self, Clusters.self, Measurements.self])

    /// How many added or changed lines an import lists without `--verbose`.
    static let listedWithoutVerbose = 10

    struct Options: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.importFile), completion: .file(extensions: ["csv", "CSV", "txt"])) var file: String
        @Option(help: help(.importProgramme), completion: Complete.programme) var programme: String?
        @Flag(name: .customLong("dry-run"), help: help(.importDryRun)) var dryRun = false
        @Flag(help: help(.importCreate)) var create = false
        @Flag(help: help(.importVerbose)) var verbose = false
    }

    struct Schools: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.importSchoolsAbstract))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options) { input, state, programme, progress in
                SchoolImport.plan(input, state: state, programme: programme, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue, progress: progress)
            }
        }
    }

    struct Programmes: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.importProgrammesAbstract))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options, needsProgramme: false) { input, state, _, progress in
                ProgrammeImport.plan(input, state: state, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue, progress: progress)
            }
        }
    }

    struct Consultants: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.importConsultantsAbstract))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options, needsProgramme: false) { input, state, _, progress in
                PeopleImport.plan(input, state: state, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue, progress: progress)
            }
        }
    }

    struct Clusters: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.importClustersAbstract))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options) { input, state, programme, progress in
                guard let programme else {
                    return (ImportPlan(), [options.global.catalogue(.cliNoProgramme)])
                }
                return ClusterImport.plan(input, state: state, programme: programme, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue, progress: progress)
            }
        }
    }

    /// The country's schools, in the programme or not: registered, never enrolled, so the ones outside the
    /// programme stay out of its lists and form the comparison pool.
    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.importRegisterAbstract))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options, needsProgramme: false) { input, state, _, progress in
                SchoolImport.plan(input, state: state, programme: nil, actor: options.global.actor, now: options.global.clock.now(),
                                  text: options.global.catalogue, progress: progress)
            }
        }
    }

    struct Measurements: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.importMeasurementsAbstract))
        @OptionGroup var options: Options
        @Option(help: help(.importMeasurementsIndicator), completion: Complete.indicator) var indicator: String
        @Option(help: help(.importMeasurementsReason)) var reason: String?
        @Option(help: help(.importMeasurementsSource)) var source: String?
        @Flag(name: .customLong("skip-unknown"), help: help(.importSkipUnknown)) var skipUnknown = false

        func run() throws {
            let words = options.global.catalogue
            try runImport(options) { input, state, programme, progress in
                guard let programme else { return (ImportPlan(), [words(.cliNoProgramme)]) }
                let d: IndicatorDefinition
                do { d = try Parse.indicator(indicator, in: programme, state, words) } catch let f as Failure { return (ImportPlan(), [f.message]) } catch {
                    return (ImportPlan(), ["\(error)"])
                }
                return MeasurementImport.plan(input, state: state, indicator: d,
                                              options: .init(reason: reason, source: source, skipUnknown: skipUnknown),
                                              now: options.global.clock.now(), text: words, progress: progress)
            }
        }
    }
}
