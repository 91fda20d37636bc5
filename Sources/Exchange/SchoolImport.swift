import Domain
import Wording

/// What an import would do: the commands to append as one batch, and a summary in words.
public struct ImportPlan: Sendable {
    public var commands: [Command] = []
    public var added: [String] = []
    public var changed: [String] = []
    public var warnings: [String] = []
    public init() {}
}

/// `tavle import schools`: validates every row first; only a file without errors becomes commands.
public enum SchoolImport {
    static let known: [String: [String]] = [
        "institution": ["institutionsnummer", "institution", "inst.nr.", "instnr", "institutionnumber", "inst.no.", "instno", "inst_nr"],
        "name": ["navn", "name", "skolenavn", "skole", "school", "inst_navn", "institutionsnavn"],
        "municipality": ["kommune", "municipality", "kommunekode", "kommunenavn", "kommunenr", "kommune_nr", "beliggenhedskommunenr"],
        "kind": ["skoleform", "kind", "type", "inst_type_navn", "institutionstype"],
        "consultant": ["konsulent", "consultant", "laeringskonsulent"],
        "cluster": ["klynge", "cluster"],
        "participation": ["deltagelse", "participation", "status"],
        "region": ["region"],
        "track": ["spor", "track"],
    ]

    static let kinds: [String: SchoolKind] = [
        "folkeskole": .folkeskole, "public school": .folkeskole, "friskole": .friskole, "free school": .friskole,
        "specialskole": .specialskole, "special school": .specialskole, "erhvervsskole": .erhvervsskole, "vocational school": .erhvervsskole,
        // As the institution register names its types.
        "folkeskoler": .folkeskole, "friskoler og private grundskoler": .friskole, "specialskoler for børn": .specialskole,
        "erhvervsskoler": .erhvervsskole, "tekniske skoler": .erhvervsskole, "handelsskoler": .erhvervsskole,
    ]

    public static func plan(_ input: CSVInput, state: NetworkState, programme: ProgrammeID?, actor: String, now: Timestamp, text: Catalogue,
                            progress: ((Int) -> Void)? = nil) -> (ImportPlan, [String]) {
        let cols = Columns(input.header, known: known)
        var plan = ImportPlan()
        var errors: [String]
        (errors, plan.warnings) = cols.problems(required: ["institution", "name", "municipality"], file: input.file, text)
        if !errors.isEmpty { return (plan, errors) }
        let usesProgramme = cols.has("participation") || cols.has("consultant") || cols.has("cluster")
        if usesProgramme, programme == nil { plan.warnings.append(text(.impNoProgramme, input.file)) }
        var seen: [String: Int] = [:]
        var scratch = state
        func fail(_ line: Int, _ column: String, _ message: String) { errors.append("\(input.file):\(line): \(column): \(message)") }
        let header = cols.heading
        for (n, (line, row)) in input.rows.enumerated() {
            progress?(n)
            let before = errors.count
            let inst = cols.value("institution", row) ?? ""
            if !School.isValidInstitution(inst) { fail(line, header("institution"), text(.impInstitution, inst)) }
            if let first = seen[inst] { fail(line, header("institution"), text(.impDuplicate, inst, first)) } else { seen[inst] = line }
            let name = cols.value("name", row)
            if name == nil { fail(line, header("name"), text(.impEmpty)) }
            var municipality: Municipality?
            if let m = cols.value("municipality", row) {
                municipality = Int(m).flatMap { Municipality.byCode[$0] }
                    ?? Municipality.all.first { Folding.keys($0.name).short == Folding.keys(m).short || Folding.keys($0.name).long == Folding.keys(m).long }
                if municipality == nil {
                    let hint = closest(m, in: Municipality.all.map(\.name)).map { text(.impDidYouMean, $0) } ?? ""
                    fail(line, header("municipality"), text(.impUnknownMunicipality, m) + hint)
                }
            } else { fail(line, header("municipality"), text(.impEmpty)) }
            var kind = SchoolKind.folkeskole
            if let k = cols.value("kind", row) {
                if let v = kinds[k.lowercased()] ?? SchoolKind(rawValue: k.lowercased()) { kind = v } else {
                    fail(line, header("kind"), text(.impBadChoice, k, SchoolKind.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            }
            var status: ParticipationStatus?
            if let p = cols.value("participation", row) {
                // The word in any language Tavle speaks, or the log's own spelling.
                status = ParticipationStatus.allCases.first { s in
                    s.rawValue == p.lowercased() || Language.allCases.contains { Catalogue($0).name(s) == p.lowercased() }
                }
                if status == nil {
                    fail(line, header("participation"), text(.impBadChoice, p, ParticipationStatus.allCases.map { text.name($0) }.joined(separator: ", ")))
                }
            }
            var consultant: String?
            if let c = cols.value("consultant", row), programme != nil {
                if scratch.people[c]?.role == .consultant { consultant = c } else {
                    let hint = closest(c, in: Array(scratch.people.keys)).map { text(.impDidYouMean, $0) } ?? ""
                    fail(line, header("consultant"), text(.impUnknownConsultant, c) + hint)
                }
            }
            var cluster: String?
            if let c = cols.value("cluster", row), let p = programme {
                let list = scratch.clusters(of: p)
                if let found = list.first(where: { $0.id == c || $0.name == c }) { cluster = found.id } else {
                    let hint = closest(c, in: list.map(\.name)).map { text(.impDidYouMean, $0) } ?? ""
                    fail(line, header("cluster"), text(.impUnknownCluster, c) + hint)
                }
            }
            guard errors.count == before, let name, let municipality else { continue }
            // The row is valid: what must change?
            let school = School(institution: inst, name: name, municipality: municipality.code, kind: kind)
            var rowCommands: [Command] = []
            if let existing = scratch.schools[inst] {
                if existing != school { rowCommands.append(.updateSchool(school)); plan.changed.append("\(inst) \(name)") }
            } else {
                rowCommands.append(.registerSchool(school)); plan.added.append("\(inst) \(name)")
            }
            if let p = programme {
                let e = Enrolment(p, inst)
                let current = scratch.participation[e]?.status
                // Withdrawing comes last for a school new to the programme, after its consultant and cluster were set.
                var last: Command?
                if let target = status, target != current {
                    // The track goes with the first offer of a place, as in the dashboard.
                    if current == nil { rowCommands.append(.setParticipation(e, status: .offered, track: cols.value("track", row))) }
                    // A school new to the programme that has already withdrawn got there through accepting.
                    if current == nil, target == .withdrawn { rowCommands.append(.setParticipation(e, status: .accepted)) }
                    if target != .offered {
                        if !ParticipationRules.allows(from: current ?? (target == .withdrawn ? .accepted : .offered), to: target) {
                            fail(line, header("participation"), text(.domParticipationTransition, current.map(text.name) ?? "–", text.name(target)))
                            continue
                        }
                        if current == nil, target == .withdrawn { last = .setParticipation(e, status: target) } else {
                            rowCommands.append(.setParticipation(e, status: target))
                        }
                    }
                    if current != nil || scratch.schools[inst] != nil { plan.changed.append("\(inst) \(text(.colParticipation).lowercased()): \(text.name(target))") }
                }
                if (consultant != nil || cluster != nil), status == nil, current == nil {
                    rowCommands.append(.setParticipation(e, status: .offered, track: cols.value("track", row)))
                }
                if let c = consultant, scratch.caseload[e] != c {
                    rowCommands.append(.assignConsultant(e, consultant: c))
                    if scratch.schools[inst] != nil { plan.changed.append("\(inst) \(text(.colConsultant).lowercased()): \(c)") }
                }
                if let c = cluster, scratch.clusterOf[e] != c {
                    rowCommands.append(.placeSchool(cluster: c, school: inst))
                    if scratch.schools[inst] != nil { plan.changed.append("\(inst) \(text(.colCluster).lowercased()): \(scratch.clusters[c]?.name ?? c)") }
                }
                if let last { rowCommands.append(last) }
            }
            // Decide on a scratch state as we go, so that a row that Domain would refuse is reported here.
            if let problem = apply(rowCommands, to: &scratch, actor: actor, now: now) { fail(line, header("institution"), text.message(problem)) }
            plan.commands += rowCommands
        }
        return (plan, errors)
    }
}

/// Decides commands one after another on a scratch state; the first refusal, if any.
func apply(_ commands: [Command], to state: inout NetworkState, actor: String, now: Timestamp) -> DomainError? {
    do { try decideBatch(commands, on: &state, actor: actor, now: now) } catch { return error }
    return nil
}
