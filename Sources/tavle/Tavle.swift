import ArgumentParser
import Demo
import Domain
import Foundation
import TUI
import Wording

struct Tavle: ParsableCommand {
    /// This build's version, as `tavle --version` prints it.
    static let version = "1.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tavle",
        abstract: about(.dashboardAbstract),
        discussion: about(.dashboardDiscussion),
        version: version,
        subcommands: [DemoCommand.self, LogCommand.self, SchoolCommand.self, ParticipationCommand.self, ClusterCommand.self,
                      ContactCommand.self, FollowUpCommand.self, InterventionCommand.self, EvaluationCommand.self, IndicatorCommand.self, MeasurementCommand.self, ScorecardCommand.self, EffectCommand.self,
                      CaseloadCommand.self, PeopleCommand.self, UndoCommand.self, MeetingCommand.self,
                      ImportCommand.self, ExportCommand.self, ReportCommand.self, ProgrammeCommand.self, DbCommand.self, ManCommand.self])

    @OptionGroup var global: GlobalOptions

    @Flag(help: help(.dashboardDemo))
    var demo = false

    @Option(help: help(.dashboardTheme), completion: Complete.theme)
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: help(.dashboardNoMouse))
    var noMouse = false

    @OptionGroup var travel: AsOfOption
    var asOf: String? { travel.asOf }

    func run() throws {
        let text = global.catalogue
        var path = try global.logPath()
        var tempDir: String?
        if demo {
            let dir = try makeTempDirectory()
            tempDir = dir
            path = dir + "/demo.log"
            try writeDemo(to: path, text: text, clock: global.clock)
            // A closed terminal or Ctrl-C ends the process by a signal, which runs no `defer`.
            Dashboard.removeOnSignal([path, path + ".snapshot", dir])
        }
        defer { if let tempDir { try? FileManager.default.removeItem(atPath: tempDir) } }
        let (settings, configErrors) = UserFiles.current
        // The language, config.toml's lang included, comes from the one resolution every command uses.
        let words = global.catalogue
        let log = try openLog(path, text: words, create: true, quiet: true, writes: asOf == nil, keepHistory: true, listen: true)
        log.snapshotEvery = settings.snapshotEvery
        // Time travel needs every record now; otherwise the dashboard reads those behind a snapshot after its first frame.
        if asOf != nil { _ = try readHistory(log, words) }
        let clock = global.clock
        // The demo acts as its coordinator unless --as names someone, so a newcomer can try every action at once.
        let user = demo && global.actorName == nil ? DemoNetwork.coordinator : global.actor
        var model = Model(state: log.state, events: log.historyLoaded ? log.events : [], now: clock.now(), width: 80, height: 24,
                          user: user, logPath: shown(path), language: words.language, keyMap: settings.keyMap)
        if demo, global.actorName == nil { model.notice = .demoActor(name: log.state.people[user]?.fullName ?? user) }
        model.session.readOnly = log.readOnly != nil
        model.session.contactWeeks = settings.contactWeeks
        if let asOf { model.travel(toEndOf: try Parse.day(asOf, words, near: global.clock.today)) }
        let (chosen, themeError) = UserFiles.theme(theme ?? settings.theme)
        // All of them in one notice, which wraps to as many lines as it needs.
        if !configErrors.isEmpty || !themeError.isEmpty { update(&model, .notice(.settings(config: configErrors, theme: themeError))) }
        model.session.mouse = !noMouse
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: chosen, mouse: !noMouse)
        } catch TerminalError.notATerminal {
            throw Failure(message: words(.cliNotATerminal), code: Exit.refused)
        }
        Dashboard.run(network: log, model: &model, clock: clock, backend: terminal)
    }

    func makeTempDirectory() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array((base + "/tavle-demo-XXXXXX").utf8CString)
        guard let p = mkdtemp(&template) else { throw Failure(message: global.catalogue(.errIO, base, global.catalogue.operation("mkdtemp"), global.catalogue.systemError(errno)), code: Exit.refused) }
        return String(cString: p)
    }
}

/// `--as-of`: the network as it stood at the end of a day. The dashboard and `report` both take it; declared once,
/// as a group both include, because ArgumentParser gives an option the root declares to the root even when it is
/// written after a subcommand that declares the same name.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: help(.globalAsOf))
    var asOf: String?
}

extension Tavle {
    /// The root's options that take a value, so that value is not taken for a subcommand.
    static let valueOptions: Set<String> = ["--log", "--as", "--lang", "--today", "--theme", "--as-of"]

    /// The first word where a subcommand belongs, when it names none ("tavle indicator list"): the parser would say
    /// "2 unexpected arguments", which does not tell a person what went wrong.
    static func unknownSubcommand(_ args: [String]) -> String? {
        // The parser's own requests (completion scripts, completing a word) are its to answer.
        if args.contains(where: { $0.hasPrefix("---") || $0.hasPrefix("--generate-completion") || $0 == "--experimental-dump-help" }) { return nil }
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { return nil }
            if a.hasPrefix("-") {
                i += valueOptions.contains(a) ? 2 : 1
                continue
            }
            let names = Set(configuration.subcommands.map { $0._commandName } + ["help"])
            return names.contains(a) ? nil : a
        }
        return nil
    }
}
