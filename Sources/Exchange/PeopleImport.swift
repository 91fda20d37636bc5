import Domain
import Wording

/// `tavle import consultants` and `tavle import clusters`: the same rules as schools.
public enum PeopleImport {
    static let known: [String: [String]] = [
        "name": ["initialer", "brugernavn", "handle", "name", "navn", "id"],
        "fullName": ["fuldtnavn", "fullname", "fuldenavn", "personnavn"],
        "role": ["rolle", "role"],
        "base": ["base", "by", "city", "kontor", "office"],
    ]

    public static func plan(_ input: CSVInput, state: NetworkState, actor: String, now: Timestamp, text: Catalogue,
                            progress: ((Int) -> Void)? = nil) -> (ImportPlan, [String]) {
        let cols = Columns(input.header, known: known)
        var plan = ImportPlan()
        var errors: [String]
        (errors, plan.warnings) = cols.problems(required: ["name", "fullName"], file: input.file, text)
        if !errors.isEmpty { return (plan, errors) }
        var scratch = state
        var seen: [String: Int] = [:]
        for (n, (line, row)) in input.rows.enumerated() {
            progress?(n)
            func fail(_ column: String, _ message: String) { errors.append("\(input.file):\(line): \(cols.heading(column)): \(message)") }
            guard let name = cols.value("name", row)?.lowercased() else { fail("name", text(.impEmpty)); continue }
            if let first = seen[name] { fail("name", text(.impDuplicate, name, first)); continue }
            seen[name] = line
            guard let full = cols.value("fullName", row) else { fail("fullName", text(.impEmpty)); continue }
            var role = Domain.Role.consultant
            if let r = cols.value("role", row)?.lowercased() {
                let roles: [String: Domain.Role] = ["konsulent": .consultant, "læringskonsulent": .consultant, "consultant": .consultant, "learning consultant": .consultant,
                                             "koordinator": .coordinator, "coordinator": .coordinator]
                guard let v = roles[r] else { fail("role", text(.impBadChoice, r, "konsulent, koordinator")); continue }
                role = v
            }
            let person = Person(name: name, fullName: full, role: role, base: cols.value("base", row))
            let command: Command
            if let existing = scratch.people[name] {
                if existing == person { continue }
                command = .updatePerson(person); plan.changed.append("\(name) \(full)")
            } else {
                command = .registerPerson(person); plan.added.append("\(name) \(full)")
            }
            if let problem = apply([command], to: &scratch, actor: actor, now: now) { fail("name", text.message(problem)); continue }
            plan.commands.append(command)
        }
        return (plan, errors)
    }
}

public enum ClusterImport {
    static let known: [String: [String]] = [
        "id": ["id", "klyngeid", "clusterid", "klynge", "cluster"],
        "name": ["navn", "name", "klyngenavn", "clustername"],
        "track": ["spor", "track"],
        "school": ["institutionsnummer", "institution", "inst.nr.", "skole", "school"],
    ]

    public static func plan(_ input: CSVInput, state: NetworkState, programme: ProgrammeID, actor: String, now: Timestamp, text: Catalogue,
                            progress: ((Int) -> Void)? = nil) -> (ImportPlan, [String]) {
        let cols = Columns(input.header, known: known)
        var plan = ImportPlan()
        var errors: [String]
        (errors, plan.warnings) = cols.problems(required: ["id", "name"], file: input.file, text)
        if !errors.isEmpty { return (plan, errors) }
        var scratch = state
        for (n, (line, row)) in input.rows.enumerated() {
            progress?(n)
            func fail(_ column: String, _ message: String) { errors.append("\(input.file):\(line): \(cols.heading(column)): \(message)") }
            guard let id = cols.value("id", row) else { fail("id", text(.impEmpty)); continue }
            guard let name = cols.value("name", row) else { fail("name", text(.impEmpty)); continue }
            var commands: [Command] = []
            if let existing = scratch.clusters[id] {
                if existing.name != name { commands.append(.renameCluster(id: id, name: name)); plan.changed.append("\(id) \(name)") }
            } else {
                commands.append(.formCluster(id: id, programme: programme, name: name, track: cols.value("track", row)))
                plan.added.append("\(id) \(name)")
            }
            if let school = cols.value("school", row), scratch.clusterOf[Enrolment(programme, school)] != id {
                commands.append(.placeSchool(cluster: id, school: school))
                plan.changed.append("\(school) → \(id)")
            }
            if let problem = apply(commands, to: &scratch, actor: actor, now: now) { fail(cols.has("school") ? "school" : "id", text.message(problem)); continue }
            plan.commands += commands
        }
        return (plan, errors)
    }
}
