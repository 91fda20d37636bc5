import Domain
import Foundation
import Wording

/// `tavle import programmes`: programmes with their period, tracks and intervention kinds, one row each, as
/// `tavle export programmes` writes them. A programme already in the log gains the tracks' and kinds it lacks only
/// when its name and period agree; otherwise the row is refused.
public enum ProgrammeImport {
    static let known: [String: [String]] = [
        "id": ["id", "programid", "programmeid"],
        "name": ["navn", "name", "program", "programme"],
        "from": ["fra", "from", "start", "begynder"],
        "to": ["til", "to", "slut", "end"],
        "tracks": ["spor", "tracks", "track"],
        "kinds": ["indsatstyper", "kinds", "interventionkinds", "indsatser"],
    ]

    public static func plan(_ input: CSVInput, state: NetworkState, actor: String, now: Timestamp, text: Catalogue,
                            progress: ((Int) -> Void)? = nil) -> (ImportPlan, [String]) {
        let cols = Columns(input.header, known: known)
        var plan = ImportPlan()
        var errors: [String]
        (errors, plan.warnings) = cols.problems(required: ["id", "name", "from", "to"], file: input.file, text)
        if !errors.isEmpty { return (plan, errors) }
        var scratch = state
        for (n, (line, row)) in input.rows.enumerated() {
            progress?(n)
            func fail(_ column: String, _ message: String) { errors.append("\(input.file):\(line): \(cols.heading(column)): \(message)") }
            // Every bad cell of the row is said, not only the first.
            let id = cols.value("id", row), name = cols.value("name", row)
            if id == nil { fail("id", text(.impEmpty)) }
            if name == nil { fail("name", text(.impEmpty)) }
            let from = cols.value("from", row).flatMap(Cells.day), to = cols.value("to", row).flatMap(Cells.day)
            if from == nil { fail("from", text(.impBadDate, cols.value("from", row) ?? "")) }
            if to == nil { fail("to", text(.impBadDate, cols.value("to", row) ?? "")) }
            let tracks = pairs(cols.value("tracks", row)), kinds = pairs(cols.value("kinds", row))
            if tracks == nil { fail("tracks", text(.impBadPairs, cols.value("tracks", row) ?? "")) }
            if kinds == nil { fail("kinds", text(.impBadPairs, cols.value("kinds", row) ?? "")) }
            guard let id, let name, let from, let to, let tracks, let kinds else { continue }
            var commands: [Command] = []
            if let existing = scratch.programmes[id] {
                guard existing.name == name, existing.start == from, existing.end == to else { fail("id", text(.impProgrammeDiffers, id)); continue }
                if Set(tracks.map(\.0)) != Set(existing.tracks.map(\.id)) { fail("tracks", text(.impProgrammeDiffers, id)); continue }
            } else {
                commands.append(.defineProgramme(Programme(id: id, name: name, start: from, end: to, tracks: tracks.map { Track(id: $0.0, name: $0.1) })))
                plan.added.append("\(id) \(name)")
            }
            for (k, kindName) in kinds where scratch.interventionKind(id, k) == nil {
                commands.append(.defineInterventionKind(InterventionKind(programme: id, id: k, name: kindName)))
                if scratch.programmes[id] != nil { plan.changed.append("\(id) + \(kindName)") }
            }
            if let problem = apply(commands, to: &scratch, actor: actor, now: now) { fail("id", text.message(problem)); continue }
            plan.commands += commands
        }
        return (plan, errors)
    }

    /// "turbo=Turboforløb, peer=Peer learning"; none for an empty cell; nil when a part is not ID=Name.
    static func pairs(_ s: String?) -> [(String, String)]? {
        guard let s else { return [] }
        var out: [(String, String)] = []
        for part in s.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, !kv[0].isEmpty, !kv[1].isEmpty else { return nil }
            out.append((kv[0], kv[1]))
        }
        return out
    }
}
