import ArgumentParser
import Domain
import Foundation
import TUI
import Wording

struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contact", abstract: about(.helpRecordContactsWithSchools), subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpRecordAContactAnd))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.helpTheSchoolSInstitution), completion: Complete.school) var school: String
        @Option(help: help(.helpTheDateDM)) var date: String
        @Option(help: help(.helpSparringsbesGVideosparringTelefon), completion: Complete.contactForm) var form: String
        @Option(help: help(.helpWhatWasTalkedAbout)) var summary: String
        @Option(help: help(.helpWhoTookPartBy)) var participants: String = ""
        @Option(name: .customLong("follow-up"), help: help(.helpAnAgreedFollowUp))
        var followUps: [String] = []
        @Option(help: help(.helpTheProgrammeIdIf), completion: Complete.programme) var programme: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let day = try Parse.day(date, words, near: global.clock.today)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let agreed = try followUps.map { spec -> FollowUp in
                let parts = spec.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 || parts.count == 3 else { throw Failure(message: words(.cliBadFollowUp, spec), code: Exit.refused) }
                return FollowUp(programme: p, school: school, what: parts[0], who: parts.count == 3 ? parts[1] : global.actor,
                                due: try Parse.day(parts[parts.count - 1], words, near: global.clock.today))
            }
            let contact = Contact(programme: p, school: school, date: day, form: try Parse.contactForm(form, words),
                                  participants: participants.split(separator: ",").map(String.init), summary: summary)
            for r in try append(.recordContact(contact, followUps: agreed), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: about(.helpCloseMoveAndList),
                                                    subcommands: [Done.self, Move.self, List.self])

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpMarkAFollowUp))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.helpTheFollowUpId), completion: Complete.followUp) var id: String
        @Option(help: help(.helpWhenItWasDone)) var date: String?

        func run() throws {
            let words = global.catalogue
            try write(global, .completeFollowUp(id: id, date: try date.map { try Parse.day($0, words, near: global.clock.today) }))
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpMoveAFollowUp))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.helpTheFollowUpId2), completion: Complete.followUp) var id: String
        @Option(help: help(.helpTheNewDueDate)) var due: String
        @Option(help: help(.helpWhyItMoves)) var reason: String

        func run() throws {
            try write(global, .moveFollowUp(id: id, due: try Parse.day(due, global.catalogue, near: global.clock.today), reason: reason))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpListOpenFollowUps))
        @OptionGroup var global: GlobalOptions
        @Flag(help: help(.helpPrintJson)) var json = false
        @Flag(help: help(.helpIncludeFollowUpsThat)) var all = false

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
                    say("\(mark) \(f.id) \(words.shortDate(f.due).padded(to: 10)) \((log.state.schools[f.school]?.name ?? f.school).padded(to: 22)) \(f.what) (\(f.who))")
                }
            }
        }
    }
}

struct InterventionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intervention", abstract: about(.helpMoveInterventionsThroughTheir), subcommands: [Set.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpSetAnInterventionS))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.helpTheSchoolSInstitution), completion: Complete.school) var school: String
        @Option(help: help(.helpTheInterventionKindIts), completion: Complete.kind) var kind: String
        @Option(help: help(.helpTheNewStatusIn), completion: Complete.interventionStatus) var status: String
        @Option(help: help(.helpWhyRequiredForStopped)) var reason: String?
        @Option(help: help(.helpTheDateOfThe)) var date: String?
        @Option(help: help(.helpTheProgrammeIdIf), completion: Complete.programme) var programme: String?

        func run() throws {
            let words = global.catalogue
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let command = Command.setInterventionStatus(InterventionKey(p, school, try Parse.kind(kind, in: p, log.state, words)), status: try Parse.interventionStatus(status, words),
                                                        date: try date.map { try Parse.day($0, words, near: global.clock.today) }, reason: reason)
            for r in try append(command, to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}

struct EvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluation", abstract: about(.helpRecordEvaluationValues), subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpRecordAnIndicatorS))
        @OptionGroup var global: GlobalOptions
        @Option(help: help(.helpTheSchoolSInstitution), completion: Complete.school) var school: String
        @Option(help: help(.helpDanskUnder4Matematik), completion: Complete.indicator) var indicator: String
        @Option(help: help(.helpTheValueInPer)) var value: String
        @Option(help: help(.helpWhenItWasMeasured)) var date: String
        @Option(help: help(.helpBaselineMidwayOrFinal), completion: Complete.point) var point: String?
        @Option(help: help(.helpTheProgrammeIdIf), completion: Complete.programme) var programme: String?

        func run() throws {
            let words = global.catalogue
            guard let ind = Indicator(rawValue: indicator) else {
                throw Failure(message: words(.cliBadChoice, indicator, Indicator.allCases.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
            }
            let pt = try point.map { p -> MeasuringPoint in
                guard let m = Names.measuringPoint(p) else {
                    throw Failure(message: words(.cliBadChoice, p, MeasuringPoint.allCases.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
                }
                return m
            }
            let log = try openLog(try global.logPath(), text: words, writes: true)
            let p = try Parse.programme(for: school, programme, log.state, words)
            let v = Evaluation(id: "", programme: p, school: school, indicator: ind, point: pt,
                               hundredths: try Parse.percent(value, words), date: try Parse.day(date, words, near: global.clock.today))
            for r in try append(.recordEvaluation(v), to: log, global) { say(describe(r, words, in: log.state)) }
        }
    }
}

struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "caseload", abstract: about(.helpAConsultantSSchools))
    @OptionGroup var global: GlobalOptions
    @Option(help: help(.helpTheProgrammeIdDefault), completion: Complete.programme) var programme: String?
    @Option(help: help(.helpFlagSchoolsWithNo)) var weeks = 6
    @Flag(help: help(.helpPrintJson)) var json = false

    func run() throws {
        let words = global.catalogue
        let log = try openLog(try global.logPath(), text: words)
        let p = try resolveProgramme(programme, in: log.state, text: words)
        let items = log.state.caseloadItems(p, consultant: global.actor, today: global.clock.today,
                                            contactWeeks: try Parse.bounded(weeks, "--weeks", 1...52, words))
        if json {
            try printJSON(items.map { item in
                CaseloadItemJSON(school: item.school, name: log.state.schools[item.school]?.name ?? "", weight: item.weight,
                                 reasons: item.reasons.map { AttentionJSON($0, words.reason($0, log.state, programme: p)) })
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
    static let configuration = CommandConfiguration(commandName: "people", abstract: about(.helpEveryoneKnownToThe), subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpListPeopleWithTheir))
        @OptionGroup var global: GlobalOptions
        @Flag(help: help(.helpPrintJsonNameFullname)) var json = false

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

