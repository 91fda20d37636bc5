import ArgumentParser
import Domain
import Exchange
import Foundation
import Wording

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: about(.exportAbstract))
    @OptionGroup var global: GlobalOptions
    @Argument(help: help(.exportTable), completion: Complete.exportTable) var table: String
    @Option(help: help(.exportFormat), completion: Complete.exportFormat) var format: String = "csv"
    @Option(help: help(.exportCluster), completion: Complete.cluster) var cluster: String?
    @Option(help: help(.exportConsultant), completion: Complete.consultant) var consultant: String?
    @Option(help: help(.exportExcel)) var excel: Bool = true
    @Option(help: help(.optionOut), completion: .file()) var out: String?
    @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
    @Option(help: help(.exportKind), completion: Complete.kind) var kind: String?
    @Option(help: help(.exportIndicator), completion: Complete.indicator) var indicator: String?

    func run() throws {
        let words = global.catalogue
        if table == "panel" { return try panel(words) }
        guard let t = Export.Table(rawValue: table) else {
            throw Failure(message: words(.cliTakes, "<table>", Export.Table.allCases.map(\.rawValue).joined(separator: ", "), table), code: Exit.refused)
        }
        guard format == "csv" || format == "json" || (format == "ics" && t == .meetings) else {
            throw Failure(message: words(.cliTakes, "--format", t == .meetings ? "csv, json, ics" : "csv, json", format), code: Exit.refused)
        }
        if format != "ics", cluster != nil || consultant != nil { throw ValidationError(words(.cliIcsOnly)) }
        let log = try openLog(try global.logPath(), text: words)
        if format == "ics" {
            // A filter that names nothing is refused with what it could name, rather than giving an empty calendar.
            let clusterID = try cluster.map { try Self.cluster($0, log.state, words) }
            if let consultant, log.state.people[consultant]?.role != .consultant {
                let known = log.state.people.values.filter { $0.role == .consultant }.map(\.name).sorted()
                throw Failure(message: words(.cliNoSuchConsultant, consultant, known.joined(separator: ", ")), code: Exit.refused)
            }
            // One programme's meetings, as the CSV and JSON give them: a cluster's own, when a cluster is named.
            let p = try resolveProgramme(programme ?? clusterID.flatMap { log.state.clusters[$0]?.programme }, in: log.state, text: words)
            let list = log.state.meetings.values.filter { m in
                m.programme == p && clusterID.map { m.clusters.contains($0) } ?? true && consultant.map { m.consultants.contains($0) } ?? true
            }.sorted { ($0.day, $0.start) < ($1.day, $1.start) }
            try Output.write(Data(ICalendar.document(list, state: log.state, logID: log.logID, stamp: global.clock.now(), text: words, version: Tavle.version).utf8), to: out, log: try global.logPath(), words)
            return
        }
        if t == .programmes, format == "json" {
            return try Output.write(try JSONOutput.encode(ProgrammeJSON.all(log.state)), to: out, log: try global.logPath(), words)
        }
        let p = try resolveProgramme(programme, in: log.state, text: words)
        let data = format == "json" ? try Export.json(t, log.state, p, words) : try Export.csv(t, log.state, p, words, excel: excel)
        try Output.write(data, to: out, log: try global.logPath(), words)
    }
}

extension ExportCommand {
    /// `export panel --kind K --indicator I`: the panel an effect estimate rests on, as R's `did` and Stata's `csdid`
    /// read it (id, period, group, outcome, and the school's name).
    func panel(_ words: Catalogue) throws {
        guard format == "csv" else { throw Failure(message: words(.cliTakes, "--format", "csv", format), code: Exit.refused) }
        guard let kind, let indicator else { throw Failure(message: words(.cliPanelNeeds), code: Exit.usage) }
        let state = try openLog(try global.logPath(), text: words).state
        let p = try resolveProgramme(programme, in: state, text: words)
        let k = try Parse.kind(kind, in: p, state, words)
        let d = try Parse.indicator(indicator, in: p, state, words)
        let panel: EffectPanel
        do { panel = try state.effectPanel(p, kind: k, indicator: d.id) } catch {
            throw Failure(message: words(.effectNotByYear, words.name(d)), code: Exit.refused)
        }
        let csv = PanelFile.csv(panel) { state.schools[$0]?.name ?? $0 }
        try Output.write(Data(csv.utf8), to: out, log: try global.logPath(), words)
    }

    /// A cluster by its id or its name (case and Danish letters aside); refused with the ids there are.
    static func cluster(_ s: String, _ state: NetworkState, _ words: Catalogue) throws -> String {
        if state.clusters[s] != nil { return s }
        let key = Folding.keys(s).short
        if let c = state.clusters.values.first(where: { Folding.keys($0.name).short == key }) { return c.id }
        let known = state.clusters.values.map { "\($0.id) (\($0.name))" }.sorted()
        throw Failure(message: words(.cliNoSuchCluster, s, known.joined(separator: ", ")), code: Exit.refused)
    }
}
