import ArgumentParser
import Domain
import Wording

extension MeetingCommand {
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.meetingSuggestAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.optionCluster), completion: Complete.cluster) var cluster: String
        @Option(parsing: .unconditional, help: help(.meetingSuggestFrom)) var from: String?
        @Option(help: help(.meetingSuggestWeeks)) var weeks = 8
        @Option(help: help(.meetingSuggestDuration)) var duration: String = "2t30m"
        @Option(help: help(.meetingSuggestCount)) var count = 5
        @Flag(help: help(.meetingSuggestBook)) var book = false
        @Flag(help: help(.meetingSuggestForce)) var force = false
        @Flag(help: help(.optionJSON)) var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: book)
            guard log.state.clusters[cluster] != nil else { throw Failure(message: words.message(DomainError.unknownCluster(cluster)), code: Exit.refused) }
            let search = SlotSearch(cluster: cluster, from: try from.map { try Parse.day($0, words, near: global.clock.today) }, weeks: try Parse.bounded(weeks, "--weeks", 1...52, words),
                                    duration: try Parse.duration(duration, words), count: try Parse.bounded(count, "--count", 1...100, words))
            let list = log.state.suggestions(search, today: global.clock.today)
            if json {
                try printJSON(SuggestionsJSON(list, log.state, words))
            } else {
                if let note = words.suggestionNote(list, weeks: weeks) { say(note) }
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
        static let configuration = CommandConfiguration(abstract: about(.meetingPlanAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("per-cluster"), help: help(.meetingPlanPerCluster)) var perCluster = 4
        @Option(parsing: .unconditional, help: help(.meetingPlanFrom)) var from: String?
        @Option(parsing: .unconditional, help: help(.meetingPlanTo)) var to: String?
        @Option(help: help(.optionProgramme), completion: Complete.programme) var programme: String?
        @Flag(name: .customLong("dry-run"), help: help(.meetingPlanDryRun)) var dryRun = false
        @Flag(help: help(.optionJSON)) var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: !dryRun)
            let p = try resolveProgramme(programme, in: log.state, text: words)
            let today = global.clock.today
            let window = SchoolYear.planningWindow(after: today)
            let start = try from.map { try Parse.day($0, words, near: global.clock.today) } ?? window.lowerBound
            let end = try to.map { try Parse.day($0, words, near: global.clock.today) } ?? (from == nil ? window.upperBound : SchoolYear(containing: start).lastTeachingDay)
            guard start <= end else { throw Failure(message: words(.cliBadPeriod, words.shortDate(start), words.shortDate(end)), code: Exit.refused) }
            let plan = log.state.plan(p, perCluster: try Parse.bounded(perCluster, "--per-cluster", 1...26, words), window: start...end, today: today)
            if json {
                try printJSON(PlanJSON(plan, perCluster: perCluster, log.state))
            } else {
                for line in words.planLines(plan, log.state, today: today) { say(line) }
                for line in words.planSummary(plan, log.state) { say(line) }
            }
            if dryRun { if !json { say(words(.impDryRun)) }; return }
            guard !plan.meetings.isEmpty else { return }
            let records = try append(plan.meetings.map { Command.scheduleMeeting($0, force: false) }, to: log, global)
            if !json { say(words(.impRecorded, records.count)) }
        }
    }
}
