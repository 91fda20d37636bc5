import ArgumentParser
import Domain
import Wording

/// `tavle scorecard`: every school of the programme against its baseline and target on each indicator, then the
/// programme, its clusters and regions, and the comparison schools, each with its n.
struct ScorecardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scorecard", abstract: about(.scorecardAbstract))
    @OptionGroup var global: GlobalOptions
    @Option(help: help(.optionProgrammeDefault), completion: Complete.programme) var programme: String?
    @Option(help: help(.scorecardIndicator), completion: Complete.indicator) var indicator: String?
    @Option(help: help(.scorecardCluster), completion: Complete.cluster) var cluster: String?
    @Flag(help: help(.optionJSON)) var json = false

    func run() throws {
        let words = global.catalogue
        let state = try openLog(try global.logPath(), text: words).state
        let p = try resolveProgramme(programme, in: state, text: words)
        let indicators = try indicator.map { [try Parse.indicator($0, in: p, state, words)] } ?? state.indicatorDefinitions(p)
        var schools = state.scorecardSchools(p)
        if let cluster {
            let id = try ExportCommand.cluster(cluster, state, words)
            schools = schools.filter { state.clusterOf[Enrolment(p, $0)] == id }
        }
        if json {
            return try printJSON(indicators.map { d in
                ScorecardJSON(indicator: IndicatorJSON(d, state, words), schools: state.scoreCells(d, schools: schools).map { ScoreJSON($0, d, state) },
                              groups: state.scoreGroups(d, schools: schools).map { GroupJSON($0, state, words) })
            })
        }
        if indicators.isEmpty { say(words(.cliNoIndicators)); return }
        let names = schools.map { state.schools[$0]?.name ?? $0 }
        let heads: [SharedText] = [.colLatest, .colPeriod, .colBaseline, .colImprovement, .colTarget, .colTrend, .colPupils, .colVariation]
        for (i, d) in indicators.enumerated() {
            if i > 0 { say("") }
            say(words.scoreHeading(d))
            if let t = d.target, let goal = t.school { say(words(.scoreTargetNote, words.name(t.kind), words.value(goal, decimals: d.decimals))) }
            // Each column as wide as its widest value (PlainColumns): a long school name whole, not cut at 32.
            let rows = zip(state.scoreCells(d, schools: schools), names).map { c, name in
                [name, words.latest(c, d), c.latest.map { words.period($0.period) } ?? "–", words.baseline(c, d),
                 words.improvement(c, d), words.targetMark(c.targetMet), Charts.sparkline(c.trend),
                 c.latest?.pupils.map(words.grouped) ?? "–", words.variation(c, d)]
            }
            PlainColumns.lines([[words(.colSchool)] + heads.map { words($0) }] + rows).forEach(say)
            say("")
            var few = false
            for g in state.scoreGroups(d, schools: schools) {
                few = few || g.score.isFew
                let mean = g.score.meanLatest.map { words.withUnit(words.value($0, d), d) } ?? "–"
                say(words.groupWithN(g, in: state) + (g.score.isFew ? "*" : "") + ": " + mean + " · "
                    + words(.colImprovement).lowercased() + " " + (g.score.meanGain.map { words.value($0, d, signed: true) } ?? "–")
                    + " (n \(words.grouped(g.score.withBaseline)))" + " · " + words.targetCount(g.score))
            }
            say(words(.scoreImprovementNote))
            if few { say(words(.scoreFewNote)) }
        }
    }
}
