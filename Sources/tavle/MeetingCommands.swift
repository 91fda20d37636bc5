import ArgumentParser
import Domain
import Exchange
import Foundation
import TUI
import Wording

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting", abstract: "Schedule, move, cancel, list and suggest meetings.",
                                                    subcommands: [Schedule.self, Move.self, Cancel.self, List.self, Suggest.self, Plan.self,
                                                                  Held.self, Feedback.self])

    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Book a meeting; prints its id. Hard conflicts refuse; soft ones need --force.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "klyngemøde, netværksmøde, temadag, vejledningsdag, konference, sparringsbesøg or videosparring.") var kind: String
        @Option(help: "A cluster id; repeat for several.") var cluster: [String] = []
        @Option(help: "A school's institution number.") var school: String?
        @Option(help: "The date.") var date: String
        @Option(help: "Start, e.g. 9.30.") var start: String
        @Option(help: "Length, e.g. +2t30m.") var duration: String?
        @Option(help: "End, e.g. 12.00.") var end: String?
        @Option(help: "The host school or venue.") var location: String = ""
        @Option(help: "A responsible consultant; repeat for several.") var consultant: [String] = []
        @Option(help: "A title. Default: the kind.") var title: String?
        @Flag(help: "Book despite soft conflicts (holidays, weekends, hours, spacing).") var force = false

        func validate() throws {
            if cluster.isEmpty && school == nil { throw ValidationError("Give --cluster ID or --school INST.") }
            if (duration == nil) == (end == nil) { throw ValidationError("Give either --duration or --end.") }
        }

        func run() throws {
            let words = global.catalogue
            guard let k = Names.meetingKind(kind) else {
                throw Failure(message: words(.cliBadChoice, kind, Names.meetingKindList), code: Exit.refused)
            }
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let day = try Parse.day(date, words)
            let from = try Parse.time(start, words)
            let to = try end.map { try Parse.time($0, words) } ?? from + (try Parse.duration(duration!, words))
            let programme = try cluster.first.flatMap { log.state.clusters[$0]?.programme }
                ?? (school.map { try Parse.programme(for: $0, nil, log.state, words) } ?? resolveProgramme(nil, in: log.state, text: words))
            let consultants = consultant.isEmpty
                ? Array(log.state.clusterSummaries(programme, today: day).first { cluster.contains($0.cluster.id) }?.consultants.prefix(1) ?? [])
                : consultant
            let m = Meeting(id: "", programme: programme, kind: k, title: title ?? words.name(k), day: day, start: from, end: to,
                            clusters: cluster, schools: school.map { [$0] } ?? [], consultants: consultants, location: location)
            let records = try append(.scheduleMeeting(m, force: force), to: log, global)
            for r in records {
                if case .meetingScheduled(let booked) = r.event { say(booked.id) } else { FileHandleOut.err(describe(r, words)) }
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move a meeting to another date or start, keeping its length.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting id.") var id: String
        @Option(help: "The new date.") var date: String
        @Option(help: "A new start; default: the same.") var start: String?
        @Option(help: "A new length; default: the same.") var duration: String?
        @Flag(help: "Move despite soft conflicts.") var force = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            guard let m = log.state.meetings[id] else { throw Failure(message: words.message(DomainError.unknownMeeting(id)), code: Exit.refused) }
            let from = try start.map { try Parse.time($0, words) } ?? m.start
            let length = try duration.map { try Parse.duration($0, words) } ?? (m.end - m.start)
            for r in try append(.moveMeeting(id: id, day: try Parse.day(date, words), start: from, end: from + length, force: force),
                                to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a meeting, with a reason.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting id.") var id: String
        @Option(help: "Why.") var reason: String
        func run() throws { try write(global, .cancelMeeting(id: id, reason: reason)) }
    }

    struct Held: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that a meeting was held, with the schools that came.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting id.") var id: String
        @Option(help: "Institution numbers of the schools that came, comma-separated. Default: all invited.") var attendance: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            guard let m = log.state.meetings[id] else { throw Failure(message: words.message(DomainError.unknownMeeting(id)), code: Exit.refused) }
            let schools = attendance.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? log.state.participants(m).sorted()
            for r in try append(.recordMeetingHeld(id: id, attendance: schools), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List meetings by date.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "From this date.") var from: String?
        @Option(help: "To this date.") var to: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words)
            let lo = try from.map { try Parse.day($0, words) }, hi = try to.map { try Parse.day($0, words) }
            let list = log.state.meetings.values.filter { m in lo.map { m.day >= $0 } ?? true && hi.map { m.day <= $0 } ?? true }
                .sorted { ($0.day, $0.start, $0.id) < ($1.day, $1.start, $1.id) }
            if json {
                let today = global.clock.today
                try printJSON(list.map { MeetingJSON($0, today: today) })
            } else {
                let today = global.clock.today
                for m in list {
                    let who = m.clusters.compactMap { log.state.clusters[$0]?.name }.joined(separator: ", ")
                    let status = m.status == .scheduled && !m.isUnrecorded(on: today) ? "" : " (" + words.status(m, today: today) + ")"
                    say("\(m.id) \(words.week(m.day).padded(to: 7)) \(words.compactDate(m.day).padded(to: 10)) \(words.time(m.start))–\(words.time(m.end)) \(words.name(m.kind)) \(who)\(status)")
                }
            }
        }
    }

    struct Feedback: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a participant's rating (1–5) of a meeting's value.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting id, e.g. M0012.") var id: String
        @Option(help: "1 (little value) to 5 (great value).") var rating: Int
        @Option(help: "A short comment.") var comment: String?
        @Option(help: "The school the rating comes from.") var school: String?

        func run() throws {
            try write(global, .giveFeedback(MeetingFeedback(id: "", meeting: id, school: school, rating: rating, comment: comment, by: "")))
        }
    }
}

