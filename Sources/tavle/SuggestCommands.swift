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
                try printJSON(SuggestionsJSON(list, log.state, words))
            } else {
                if list.onlySoftRemain { say(list.clean == 0 ? words(.sgNoneClean, weeks) : words(.sgOnlySoft, list.clean)) }
                for (i, s) in list.suggestions.enumerated() {
                    say("\(i + 1). \(s.soft.isEmpty ? "" : "⚠ ")\(words.when(s.meeting.day, s.meeting.start, s.meeting.end)) · \(words.reasons(s, log.state))")
                }
            }
            guard book, let best = list.suggestions.first else { return }
            // The best time is booked only as it stands: with soft conflicts, only when told to.
            for r in try append(.scheduleMeeting(best.meeting, force: force), to: log, global) { say(describe(r, words, in: log.state)) }
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
                try printJSON(PlanJSON(plan, perCluster: perCluster, log.state))
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
