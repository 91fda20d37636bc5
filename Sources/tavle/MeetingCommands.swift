import ArgumentParser
import Domain
import Wording

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting", abstract: about(.meetingAbstract),
                                                    subcommands: [Schedule.self, Move.self, Cancel.self, List.self, Suggest.self, Plan.self,
                                                                  Held.self, Feedback.self])

    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.meetingScheduleAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.meetingScheduleKind), completion: Complete.meetingKind) var kind: String
        @Option(help: help(.meetingScheduleCluster), completion: Complete.cluster) var cluster: [String] = []
        @Option(help: help(.meetingScheduleSchool), completion: Complete.school) var school: String?
        @Option(parsing: .unconditional, help: help(.meetingScheduleDate)) var date: String
        @Option(help: help(.meetingScheduleStart)) var start: String
        @Option(help: help(.meetingScheduleDuration)) var duration: String?
        @Option(help: help(.meetingScheduleEnd)) var end: String?
        @Option(help: help(.meetingScheduleLocation)) var location: String = ""
        @Option(help: help(.meetingScheduleConsultant), completion: Complete.consultant) var consultant: [String] = []
        @Option(help: help(.meetingScheduleTitle)) var title: String?
        @Flag(help: help(.meetingScheduleForce)) var force = false

        func validate() throws {
            if cluster.isEmpty && school == nil { throw ValidationError(global.catalogue(.cliMeetingWho)) }
            if (duration == nil) == (end == nil) { throw ValidationError(global.catalogue(.cliDurationOrEnd)) }
        }

        func run() throws {
            let words = global.catalogue
            guard let k = Names.meetingKind(kind) else {
                throw Failure(message: words(.cliBadChoice, kind, Names.meetingKindList(words)), code: Exit.refused)
            }
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let day = try Parse.day(date, words, near: global.clock.today)
            let from = try Parse.time(start, words)
            let to = try end.map { try Parse.time($0, words) } ?? from + (try Parse.duration(duration!, words))
            let programme = try cluster.first.flatMap { log.state.clusters[$0]?.programme }
                ?? (school.map { try Parse.programme(for: $0, nil, log.state, words) } ?? resolveProgramme(nil, in: log.state, text: words))
            let consultants = consultant.isEmpty
                ? Array(log.state.clusterSummaries(programme, today: day).first { cluster.contains($0.cluster.id) }?.consultants.prefix(1) ?? [])
                : consultant
            let m = Meeting(id: "", programme: programme, kind: k, title: title ?? Meeting.defaultTitle(k), day: day, start: from, end: to,
                            clusters: cluster, schools: school.map { [$0] } ?? [], consultants: consultants, location: location)
            let records = try append(.scheduleMeeting(m, force: force), to: log, global)
            for r in records {
                if case .meetingScheduled(let booked) = r.event { say(booked.id) } else { FileHandleOut.err(describe(r, words)) }
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.meetingMoveAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.optionMeeting), completion: Complete.meeting) var id: String
        @Option(parsing: .unconditional, help: help(.meetingMoveDate)) var date: String
        @Option(help: help(.meetingMoveStart)) var start: String?
        @Option(help: help(.meetingMoveDuration)) var duration: String?
        @Flag(help: help(.meetingMoveForce)) var force = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            guard let m = log.state.meetings[id] else { throw Failure(message: words.message(DomainError.unknownMeeting(id)), code: Exit.refused) }
            let from = try start.map { try Parse.time($0, words) } ?? m.start
            let length = try duration.map { try Parse.duration($0, words) } ?? (m.end - m.start)
            for r in try append(.moveMeeting(id: id, day: try Parse.day(date, words, near: global.clock.today), start: from, end: from + length, force: force),
                                to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.meetingCancelAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.optionMeeting), completion: Complete.meeting) var id: String
        @Option(help: help(.meetingCancelReason)) var reason: String
        func run() throws { try write(global, .cancelMeeting(id: id, reason: reason)) }
    }

    struct Held: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.meetingHeldAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.optionMeeting), completion: Complete.meeting) var id: String
        @Option(help: help(.meetingHeldAttendance)) var attendance: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            guard let m = log.state.meetings[id] else { throw Failure(message: words.message(DomainError.unknownMeeting(id)), code: Exit.refused) }
            let schools = attendance.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? log.state.participants(m).sorted()
            for r in try append(.recordMeetingHeld(id: id, attendance: schools), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.meetingListAbstract))
        @OptionGroup var global: GlobalOptions
        @Option(parsing: .unconditional, help: help(.meetingListFrom)) var from: String?
        @Option(parsing: .unconditional, help: help(.meetingListTo)) var to: String?
        @Flag(help: help(.optionJSON)) var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words)
            let lo = try from.map { try Parse.day($0, words, near: global.clock.today) }, hi = try to.map { try Parse.day($0, words, near: global.clock.today) }
            let list = log.state.meetings.values.filter { m in lo.map { m.day >= $0 } ?? true && hi.map { m.day <= $0 } ?? true }
                .sorted { ($0.day, $0.start, $0.id) < ($1.day, $1.start, $1.id) }
            if json {
                let today = global.clock.today
                try printJSON(list.map { MeetingJSON($0, today: today) })
            } else {
                let today = global.clock.today
                // A date more than half a year away carries its year (a list reaches back over school years, where
                // «uge 37 man 8.9.» could be either); the column as wide as the widest.
                let dates = list.map { words.compactDate($0.day, today: today) }
                let dateWidth = max(10, dates.map(\.displayWidth).max() ?? 0)
                for (m, date) in zip(list, dates) {
                    let who = m.clusters.compactMap { log.state.clusters[$0]?.name }.joined(separator: ", ")
                    let status = m.status == .scheduled && !m.isUnrecorded(on: today) ? "" : " (" + words.status(m, today: today) + ")"
                    say("\(m.id) \(words.week(m.day).padded(to: 7)) \(date.padded(to: dateWidth)) \(words.time(m.start))–\(words.time(m.end)) \(words.name(m.kind)) \(who)\(status)")
                }
            }
        }
    }

    struct Feedback: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.meetingFeedbackAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.meetingFeedbackId), completion: Complete.meeting) var id: String
        @Option(help: help(.meetingFeedbackRating)) var rating: Int
        @Option(help: help(.meetingFeedbackComment)) var comment: String?
        @Option(help: help(.meetingFeedbackSchool), completion: Complete.school) var school: String?

        func run() throws {
            try write(global, .giveFeedback(MeetingFeedback(id: "", meeting: id, school: school, rating: rating, comment: comment, by: "")))
        }
    }
}

