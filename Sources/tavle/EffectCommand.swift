import ArgumentParser
import Domain
import Effects
import Exchange
import Foundation
import Wording

/// `tavle effect`: for each intervention kind and indicator, the difference in development of the schools that
/// started it against schools without it, with its 95 % interval (Callaway & Sant'Anna 2021); or the same on any
/// panel file, so an evaluator can check Tavle against R's `did` or Stata's `csdid` on their own data.
struct EffectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "effect", abstract: about(.effectAbstract))
    @OptionGroup var global: GlobalOptions
    @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
    @Option(help: help(.effectKind), completion: Complete.kind) var kind: String?
    @Option(help: help(.effectIndicator), completion: Complete.indicator) var indicator: String?
    @Option(help: help(.effectControl), completion: .list(ComparisonGroup.allCases.map(\.rawValue))) var control: String = "never"
    @Option(help: help(.effectBase), completion: .list(BasePeriod.allCases.map(\.rawValue))) var base: String = "varying"
    @Option(help: help(.effectReps)) var reps: String = "999"
    @Option(help: help(.effectPanel), completion: .file(extensions: ["csv"])) var panel: String?
    @Option(name: .customLong("id"), help: help(.effectColumnID)) var idColumn: String?
    @Option(name: .customLong("period"), help: help(.effectColumnPeriod)) var periodColumn: String?
    @Option(name: .customLong("group"), help: help(.effectColumnGroup)) var groupColumn: String?
    @Option(name: .customLong("outcome"), help: help(.effectColumnOutcome)) var outcomeColumn: String?
    @Flag(help: help(.optionJSON)) var json = false

    func options(_ words: Catalogue) throws -> EstimateOptions {
        guard let c = ComparisonGroup(rawValue: control) else {
            throw Failure(message: words(.cliTakes, "--control", "never, notyet", control), code: Exit.refused)
        }
        guard let b = BasePeriod(rawValue: base) else {
            throw Failure(message: words(.cliTakes, "--base", "varying, universal", base), code: Exit.refused)
        }
        guard let r = Int(reps), (2...100_000).contains(r) else { throw Failure(message: words(.cliEffectReps, reps), code: Exit.refused) }
        return EstimateOptions(comparison: c, base: b, repetitions: r)
    }

    func run() throws {
        let words = global.catalogue
        let o = try options(words)
        if let panel { return try runPanel(panel, o, words) }
        guard [idColumn, periodColumn, groupColumn, outcomeColumn].allSatisfy({ $0 == nil }) else {
            throw Failure(message: words(.cliEffectColumnsNeedPanel), code: Exit.usage)
        }
        let state = try openLog(try global.logPath(), text: words).state
        let p = try resolveProgramme(programme, in: state, text: words)
        let kinds = try kind.map { [try Parse.kind($0, in: p, state, words)] } ?? state.effectKinds(p).map(\.id)
        let indicators = try indicator.map { [try Parse.indicator($0, in: p, state, words).id] } ?? state.effectIndicators(p).map(\.id)
        var cells: [EffectCell] = []
        for k in kinds {
            for i in indicators {
                do { cells.append(NetworkState.estimate(try state.effectPanel(p, kind: k, indicator: i), o)) } catch {
                    guard case .notByYear(let id) = error else { throw error }
                    throw Failure(message: words(.effectNotByYear, state.indicator(p, id).map { words.name($0) } ?? id), code: Exit.refused)
                }
            }
        }
        if json { return try printJSON(cells.map { EffectJSON($0, o, state, words) }) }
        if cells.isEmpty { say(words(.cliEffectNothing)); return }
        let names = { (id: String) in state.schools[id]?.name ?? id }
        if cells.count == 1 { EffectText(words: words, names: names).detail(cells[0], o) } else { EffectText(words: words, names: names).table(cells, o) }
    }

    func runPanel(_ path: String, _ o: EstimateOptions, _ words: Catalogue) throws {
        guard kind == nil, indicator == nil, programme == nil else { throw Failure(message: words(.cliEffectPanelOnly), code: Exit.usage) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: words(.errIO, path, words.operation("open"), words.systemError(ENOENT)), code: Exit.refused)
        }
        let columns = PanelFile.Columns(id: idColumn ?? "id", period: periodColumn ?? "period", group: groupColumn ?? "group",
                                        outcome: outcomeColumn ?? "outcome")
        let rows: [PanelRow]
        do { rows = try PanelFile.read(data, file: path, columns: columns) } catch {
            throw Failure(message: describe(error, words), code: Exit.refused)
        }
        let estimate: EffectEstimate
        do { estimate = try EffectEstimate.estimate(try Panel.balanced(rows), o) } catch let p as PanelProblem {
            throw Failure(message: words.panelProblem(p), code: Exit.refused)
        } catch let p as EffectProblem {
            throw Failure(message: words(p == .noTreatedGroup ? .effectNoStarted : .effectNoComparisonSchools), code: Exit.refused)
        }
        if json { return try printJSON(EffectJSON(panel: estimate, o, words)) }
        say(words(.cliPanelRead, words.grouped(rows.count), path))
        EffectText(words: words, names: { $0 }).estimate(estimate, nil, o)
    }
}

/// The effect figures as text, for a table of kinds × indicators or one of them in detail.
struct EffectText {
    let words: Catalogue
    let names: (String) -> String

    func table(_ cells: [EffectCell], _ o: EstimateOptions) {
        let heads: [SharedText] = [.colIntervention, .colIndicator, .colDifference, .colReading, .colSchoolsWithWithout]
        let rows = cells.map { c -> [String] in
            guard let e = c.estimate else { return [c.kind.name, words.name(c.indicator), words.effectMissing(c), "", ""] }
            return [c.kind.name, words.name(c.indicator), words.effectFigure(e.overall, c.indicator), words.verdict(c.verdict), words.effectN(e)]
        }
        PlainColumns.lines([heads.map { words($0) }] + rows).forEach(say)
        say("")
        say(words.effectOptions(o))
        say(words(.effectMultiple, words.grouped(cells.count)))
        let warned = cells.filter { $0.estimate != nil && !words.warnings($0, names: names).isEmpty }.count
        if warned > 0 { say(words(.cliEffectWarnings, words.grouped(warned))) }
    }

    func detail(_ c: EffectCell, _ o: EstimateOptions) {
        say(words.effectHeading(c))
        guard let e = c.estimate else { say(words.effectMissing(c)); return }
        if let s = words.effectSentence(c) { say(s) }
        estimate(e, c.indicator, o, extra: c.panel.alsoStarted.map { words.coIntervention($0, of: c.panel.started) })
    }

    func estimate(_ e: EffectEstimate, _ d: IndicatorDefinition?, _ o: EstimateOptions, extra: [String] = []) {
        func fig(_ p: AggregatePoint, _ crit: Double) -> String {
            (d.map { words.effectFigure(p, critical: crit, $0) } ?? Self.plain(p.att, p.att - crit * p.se, p.att + crit * p.se, words))
                + " (n " + words.grouped(p.treated) + ")"
        }
        say(words.effectOptions(o))
        say("")
        say(words(.effectEventStudy))
        say(words(.colEventTime).padded(to: 18) + "  " + words(.colBand))
        for p in e.dynamic.points { say(String(p.key).padded(to: 18) + "  " + fig(p, e.dynamic.critical)) }
        say("")
        say(words(.effectByGroup))
        for p in e.group.points { say(words.startYear(p.key, d).padded(to: 18) + "  " + fig(p, e.group.critical)) }
        say("")
        say(words.preTest(e))
        if let d, let m = words.minimumDetectable(e, d) { say(m) }
        for w in e.warnings { say("! " + words.warning(w, d, names: names)) }
        for w in extra { say("! " + w) }
        say("")
        say(words(.effectMethod))
    }

    static func plain(_ att: Double, _ low: Double, _ high: Double, _ words: Catalogue) -> String {
        func n(_ x: Double) -> String { x.isFinite ? words.value(Fixed(rounding: x), decimals: 4) : "–" }
        return low.isFinite ? words(.effectFigure, n(att), n(low), n(high)) : n(att)
    }
}
