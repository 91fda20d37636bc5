import ArgumentParser
import Domain
import Foundation
import TUI
import Wording

extension MeetingCommand {
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Free times for a cluster meeting, ranked, with the facts behind each.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The cluster id.") var cluster: String
        @Option(help: "From this date. Default: tomorrow.") var from: String?
        @Option(help: "How many weeks to look.") var weeks = 8
        @Option(help: "Length. Default: 2t30m.") var duration: String = "2t30m"
        @Option(help: "How many suggestions.") var count = 5
        @Flag(help: "Book the best suggestion at once (one with soft conflicts needs --force).") var book = false
        @Flag(help: "Book the best suggestion even if it has soft conflicts.") var force = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: book)
            guard log.state.clusters[cluster] != nil else { throw Failure(message: words.message(DomainError.unknownCluster(cluster)), code: Exit.refused) }
            let search = SlotSearch(cluster: cluster, from: try from.map { try Parse.day($0, words) }, weeks: try Parse.bounded(weeks, "--weeks", 1...52, words),
                                    duration: try Parse.duration(duration, words), count: try Parse.bounded(count, "--count", 1...100, words),
                                    title: words.name(MeetingKind.cluster))
            let list = log.state.suggestions(search, today: global.clock.today)
            if json {
                try printJSON(SchedulingJSON.suggestions(list, log.state, words))
            } else {
                if list.onlySoftRemain { say(list.clean == 0 ? words(.sgNoneClean, weeks) : words(.sgOnlySoft, list.clean)) }
                for (i, s) in list.suggestions.enumerated() {
                    say("\(i + 1). \(s.soft.isEmpty ? "" : "⚠ ")\(words.when(s.meeting.day, s.meeting.start, s.meeting.end)) · \(words.reasons(s, log.state))")
                }
            }
            guard book, let best = list.suggestions.first else { return }
            // The best time is booked only as it stands: with soft conflicts, only when told to.
            for r in try append(.scheduleMeeting(best.meeting, force: force), to: log, global) { say(describe(r, words)) }
        }
    }

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Plan cluster meetings for every cluster between two dates, around what is booked; book them as one write, or none.")
        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("per-cluster"), help: "Cluster meetings each cluster should have in the period, counting those already booked.") var perCluster = 4
        @Option(help: "From this date. Default: tomorrow, or the next school year's first day when less than four weeks of teaching are left.") var from: String?
        @Option(help: "To this date. Default: the last teaching day before the summer holiday.") var to: String?
        @Option(help: "The programme id.") var programme: String?
        @Flag(name: .customLong("dry-run"), help: "Show the plan without booking it.") var dryRun = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: !dryRun)
            let p = try resolveProgramme(programme, in: log.state, text: words)
            let today = global.clock.today
            let window = SchoolYear.planningWindow(after: today)
            let start = try from.map { try Parse.day($0, words) } ?? window.lowerBound
            let end = try to.map { try Parse.day($0, words) } ?? (from == nil ? window.upperBound : SchoolYear(containing: start).lastTeachingDay)
            guard start <= end else { throw Failure(message: words(.cliBadPeriod, words.shortDate(start), words.shortDate(end)), code: Exit.refused) }
            let plan = log.state.plan(p, perCluster: try Parse.bounded(perCluster, "--per-cluster", 1...26, words), window: start...end, today: today,
                                      title: words.name(MeetingKind.cluster))
            if json {
                try printJSON(SchedulingJSON.plan(plan, perCluster: perCluster, log.state, words))
            } else {
                for m in plan.meetings {
                    say("\(words.week(m.day).padded(to: 7)) \(words.compactDate(m.day).padded(to: 10)) \(words.time(m.start).padded(to: 5, alignRight: true))  \(m.clusters.compactMap { log.state.clusters[$0]?.name }.joined()) · \(m.location)")
                }
                for line in words.planSummary(plan, log.state) { say(line) }
            }
            if dryRun { if !json { say(words(.impDryRun)) }; return }
            guard !plan.meetings.isEmpty else { return }
            let records = try append(plan.meetings.map { Command.scheduleMeeting($0, force: false) }, to: log, global)
            if !json { say(words(.impRecorded, records.count)) }
        }
    }
}

/// Suggestions and plans for scripts: stable English keys and codes, with the worded text beside them.
enum SchedulingJSON {
    static func meeting(_ m: Meeting, _ state: NetworkState) -> [String: Any] {
        ["date": m.day.iso, "start": ClockTime.format(m.start), "end": ClockTime.format(m.end), "cluster": m.clusters.first ?? NSNull(),
         "clusterName": m.clusters.first.flatMap { state.clusters[$0]?.name } ?? NSNull(), "consultants": m.consultants, "location": m.location]
    }

    static func suggestions(_ list: SuggestionList, _ state: NetworkState, _ w: Catalogue) -> [String: Any] {
        ["cluster": list.cluster, "clean": list.clean, "onlySoftRemain": list.onlySoftRemain,
         "suggestions": list.suggestions.enumerated().map { i, s -> [String: Any] in
             var o = meeting(s.meeting, state)
             o["rank"] = i + 1
             o["host"] = s.host
             o["hostName"] = state.schools[s.host]?.name ?? s.host
             o["reasons"] = s.reasons.map { r -> [String: Any] in
                 var reason: [String: Any] = ["code": r.code, "text": w.reason(r, state)]
                 switch r {
                 case .afterPrevious(let days, let id, let day), .beforeNext(let days, let id, let day):
                     reason["days"] = days; reason["meeting"] = id; reason["date"] = day.iso
                 case .host(_, let last): reason["lastHosted"] = last?.iso ?? NSNull()
                 case .travel(let c, let minutes): reason["consultant"] = c; reason["minutes"] = minutes
                 default: break
                 }
                 return reason
             }
             o["softConflicts"] = s.soft.map { ["code": $0.code, "text": w.message($0)] }
             return o
         }]
    }

    static func plan(_ plan: RoundPlan, perCluster: Int, _ state: NetworkState, _ w: Catalogue) -> [String: Any] {
        ["from": plan.window.lowerBound.iso, "to": plan.window.upperBound.iso, "perCluster": perCluster,
         "meetings": plan.meetings.map { meeting($0, state) },
         "clusters": plan.clusters.map { c -> [String: Any] in
             ["cluster": c.cluster, "name": state.clusters[c.cluster]?.name ?? c.cluster, "wanted": c.wanted, "booked": c.booked,
              "planned": c.planned.count, "missing": c.missing]
         }]
    }
}
