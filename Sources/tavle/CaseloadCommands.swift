import ArgumentParser
import Domain
import Foundation
import TUI
import Wording

struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contact", abstract: "Record contacts with schools.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a contact and the follow-ups agreed at it.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The school's institution number.") var school: String
        @Option(help: "The date (d.m.yyyy or yyyy-mm-dd).") var date: String
        @Option(help: "sparringsbesøg, videosparring, telefon or mail.") var form: String
        @Option(help: "What was talked about.") var summary: String
        @Option(help: "Who took part, by role, comma-separated (e.g. skoleleder,afdelingsleder).") var participants: String = ""
        @Option(name: .customLong("follow-up"), help: "An agreed follow-up: \"WHAT;DUE\" or \"WHAT;WHO;DUE\". Repeat for more.")
        var followUps: [String] = []
        @Option(help: "The programme id, if the school takes part in more than one.") var programme: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let day = try Parse.day(date, words)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let agreed = try followUps.map { spec -> FollowUp in
                let parts = spec.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 || parts.count == 3 else { throw Failure(message: words(.cliBadFollowUp, spec), code: Exit.refused) }
                return FollowUp(programme: p, school: school, what: parts[0], who: parts.count == 3 ? parts[1] : global.actor,
                                due: try Parse.day(parts[parts.count - 1], words))
            }
            let contact = Contact(programme: p, school: school, date: day, form: try Parse.contactForm(form, words),
                                  participants: participants.split(separator: ",").map(String.init), summary: summary)
            for r in try append(.recordContact(contact, followUps: agreed), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "Close, move and list follow-ups.",
                                                    subcommands: [Done.self, Move.self, List.self])

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a follow-up done.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The follow-up id, e.g. F0012.") var id: String
        @Option(help: "When it was done. Default: today.") var date: String?

        func run() throws {
            let words = global.catalogue
            try write(global, .completeFollowUp(id: id, date: try date.map { try Parse.day($0, words) }))
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move a follow-up's due date, with a reason.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The follow-up id.") var id: String
        @Option(help: "The new due date.") var due: String
        @Option(help: "Why it moves.") var reason: String

        func run() throws {
            try write(global, .moveFollowUp(id: id, due: try Parse.day(due, global.catalogue), reason: reason))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List open follow-ups, overdue first.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON.") var json = false
        @Flag(help: "Include follow-ups that are done.") var all = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words)
            let today = global.clock.today
            let list = log.state.followUps.values.filter { all || $0.done == nil }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
            if json {
                try printJSON(list.map { FollowUpJSON($0, today: today) })
            } else {
                for f in list {
                    let mark = f.done != nil ? "✓" : (f.isOverdue(on: today) ? "!" : " ")
                    say("\(mark) \(f.id) \(words.shortDate(f.due).padded(to: 10)) \(f.school) \(f.what) (\(f.who))")
                }
            }
        }
    }
}

struct InterventionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intervention", abstract: "Move interventions through their statuses.", subcommands: [Set.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set an intervention's status (planned, started, anchored, completed, evaluated, paused, stopped).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The school's institution number.") var school: String
        @Option(help: "The intervention kind: its id (turbo) or its name (Turboforløb).") var kind: String
        @Option(help: "The new status, in Danish or English.") var status: String
        @Option(help: "Why; required for stopped.") var reason: String?
        @Option(help: "The date of the change. Default: today.") var date: String?
        @Option(help: "The programme id, if the school takes part in more than one.") var programme: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let command = Command.setInterventionStatus(InterventionKey(p, school, try Parse.kind(kind, in: p, log.state, words)), status: try Parse.interventionStatus(status, words),
                                                        date: try date.map { try Parse.day($0, words) }, reason: reason)
            for r in try append(command, to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}

struct EvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluation", abstract: "Record evaluation values.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an indicator's value at a school (a share in per cent).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The school's institution number.") var school: String
        @Option(help: "dansk-under-4, matematik-under-4 or fastholdelse.") var indicator: String
        @Option(help: "The value in per cent, e.g. 12,5.") var value: String
        @Option(help: "When it was measured.") var date: String
        @Option(help: "baseline, midway or final.") var point: String?
        @Option(help: "The programme id, if the school takes part in more than one.") var programme: String?

        func run() throws {
            let words = global.catalogue
            guard let ind = Indicator(rawValue: indicator) else {
                throw Failure(message: words(.cliBadChoice, indicator, Indicator.allCases.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
            }
            let pt = try point.map { p -> MeasuringPoint in
                guard let m = MeasuringPoint(rawValue: p) else {
                    throw Failure(message: words(.cliBadChoice, p, MeasuringPoint.allCases.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
                }
                return m
            }
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let v = Evaluation(id: "", programme: p, school: school, indicator: ind, point: pt,
                               hundredths: try Parse.percent(value, words), date: try Parse.day(date, words))
            for r in try append(.recordEvaluation(v), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}

struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "caseload", abstract: "A consultant's schools, ranked by what needs attention.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The programme id. Default: the largest programme.") var programme: String?
    @Option(help: "Flag schools with no contact for this many weeks.") var weeks = 6
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let words = global.catalogue
        let log = try openLog(try global.logPath(), text: words)
        let p = try resolveProgramme(programme, in: log.state, text: words)
        let items = log.state.caseloadItems(p, consultant: global.actor, today: global.clock.today,
                                            contactWeeks: try Parse.bounded(weeks, "--weeks", 1...52, words))
        if json {
            try printJSON(items.map { item in
                CaseloadItemJSON(school: item.school, name: log.state.schools[item.school]?.name ?? "", weight: item.weight,
                                 reasons: item.reasons.map { words.reason($0, log.state, programme: p) })
            })
        } else {
            for item in items {
                let name = log.state.schools[item.school]?.name ?? item.school
                say("\(item.school) \(name.padded(to: 24)) \(item.reasons.map { words.reason($0, log.state, programme: p) }.joined(separator: " · "))")
            }
        }
    }
}

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people", abstract: "Everyone known to the log.", subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List people with their role; --as takes the name.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON: name, fullName, role (consultant or coordinator), base.") var json = false

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words)
            let people = Array(log.state.people.values)
            if json {
                try printJSON(people.map(PersonJSON.init))
            } else {
                for p in people { say("\(p.name.padded(to: 8)) \(p.fullName.padded(to: 28)) \(words.name(p.role))") }
            }
        }
    }
}

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "Undo your last change by appending compensating events.")
    @OptionGroup var global: GlobalOptions
    /// Says what it undid in the words the dashboard asks with: "Fortrød «76 klyngemøder planlagt» (76 hændelser)".
    func run() throws {
        let words = global.catalogue
        let log = try openLog(try global.logPath(), text: words, writes: true)
        let records = try append(.undoLast(), to: log, global)
        say(words.report(records, history: try readHistory(log, words), state: log.state))
        for r in records { say(describe(r, words, in: log.state)) }
    }
}
