import ArgumentParser
import Domain
import Foundation
import TUI

struct Tavle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tavle",
        abstract: "Terminal dashboard for national school-improvement programmes.",
        discussion: "Without a subcommand, opens the dashboard on the log (--log, $TAVLE_LOG, or $XDG_DATA_HOME/tavle/tavle.log).",
        subcommands: [DemoCommand.self, LogCommand.self, SchoolCommand.self, ParticipationCommand.self])

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Open the dashboard on a fresh copy of the demo network in a temporary file.")
    var demo = false

    func run() throws {
        let text = global.catalogue
        var path = try global.logPath()
        var tempDir: String?
        if demo {
            let dir = try makeTempDirectory()
            tempDir = dir
            path = dir + "/demo.log"
            try writeDemo(to: path, text: text)
        }
        defer { if let tempDir { try? FileManager.default.removeItem(atPath: tempDir) } }
        let log = try openLog(path, text: text)
        var model = Model(state: log.state, today: Timestamp.now().danishDay, width: 80, height: 24,
                          user: global.actor, logPath: path, language: global.language)
        model.readOnly = log.readOnly != nil
        let theme = ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } == false ? Theme.mono : Theme.standard
        do {
            try Dashboard.run(log: log, model: model, theme: theme)
        } catch TerminalError.notATerminal {
            throw Failure(message: text(.cliNotATerminal), code: Exit.refused)
        }
    }

    func makeTempDirectory() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array((base + "/tavle-demo-XXXXXX").utf8CString)
        guard let p = mkdtemp(&template) else { throw Failure(message: "mkdtemp: \(String(cString: strerror(errno)))", code: Exit.refused) }
        return String(cString: p)
    }
}
