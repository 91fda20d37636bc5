import ArgumentParser
import Wording

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: about(.demoAbstract))

    @OptionGroup var global: GlobalOptions

    @Option(help: help(.demoOut), completion: .file())
    var out: String

    func run() throws {
        let text = global.catalogue
        let path = global.absolute(out)
        try writeDemo(to: path, text: text, clock: global.clock)
        let log = try openLog(path, text: text, quiet: true)
        say(text(.cliDemoWritten, path, log.recordCount))
    }
}
