import Foundation

/// `decide(command, state) -> [Event]`: checks who may do it, validates the command against the state,
/// and returns the events, or throws why not.
public func decide(_ command: Command, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    // One spelling for one name: everything a person typed is decided on, and stored, composed (NFC).
    let command = command.composed
    var state = state
    var first: [Event] = []
    if state.people.isEmpty {
        // The first person to write to a new log becomes its coordinator.
        if case .registerPerson(var p) = command, p.name == context.actor {
            guard Person.isValidHandle(p.name) else { throw .invalidHandle(p.name) }
            try requireText(p.fullName, "fullName")
            try TextRules.check(command)
            p.role = .coordinator
            return [.personRegistered(p)]
        }
        guard Person.isValidHandle(context.actor) else { throw .unknownActor(context.actor) }
        let me = Event.personRegistered(Person(name: context.actor, fullName: context.actor, role: .coordinator))
        state.apply(me)
        first = [me]
    }
    try Permissions.check(command, state, context)
    return first + (try decideAllowed(command, state, context))
}

func decideAllowed(_ command: Command, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    try TextRules.check(command)
    switch command {
    case .defineProgramme(let p):
        try requireID(p.id)
        try require(p.name, "name")
        guard state.programmes[p.id] == nil else { throw .duplicateProgramme(p.id) }
        guard p.start <= p.end else { throw .endBeforeStart }
        for t in p.tracks { try requireID(t.id); try require(t.name, "track") }
        return [.programmeDefined(p)]

    case .registerSchool(let s):
        guard School.isValidInstitution(s.institution) else { throw .invalidInstitution(s.institution) }
        try require(s.name, "name")
        guard Municipality.byCode[s.municipality] != nil else { throw .unknownMunicipality(s.municipality) }
        if let existing = state.schools[s.institution] {
            if existing == s { return [] }
            throw .duplicateSchool(s.institution)
        }
        try NameRules.checkSchool(s, state)
        return [.schoolRegistered(s)]

    case .updateSchool(let s):
        guard let existing = state.schools[s.institution] else { throw .unknownSchool(s.institution) }
        try require(s.name, "name")
        guard Municipality.byCode[s.municipality] != nil else { throw .unknownMunicipality(s.municipality) }
        if existing.name != s.name { try NameRules.checkSchool(s, state) }
        return existing == s ? [] : [.schoolUpdated(s)]

    case .updatePerson(let p):
        guard let existing = state.people[p.name] else { throw .unknownPerson(p.name) }
        try require(p.fullName, "fullName")
        if existing.role == .coordinator, p.role != .coordinator, state.coordinators == [p.name] { throw .lastCoordinator(p.name) }
        return existing == p ? [] : [.personUpdated(p)]

    case .setParticipation(let e, let status, let track, let reason):
        let programme = try requireProgramme(e.programme, state)
        guard state.schools[e.school] != nil else { throw .unknownSchool(e.school) }
        if let track, !programme.tracks.contains(where: { $0.id == track }) {
            throw .unknownTrack(programme: e.programme, track: track)
        }
        let current = state.participation[e]?.status
        if current == status { throw .participationUnchanged(status) }
        guard ParticipationRules.allows(from: current, to: status) else {
            throw .participationTransition(from: current, to: status)
        }
        return [.participationSet(e, status: status, track: track, reason: trimmed(reason), date: context.today)]

    case .registerPerson(let p):
        guard Person.isValidHandle(p.name) else { throw .invalidHandle(p.name) }
        try require(p.fullName, "fullName")
        guard state.people[p.name] == nil else { throw .duplicatePerson(p.name) }
        return [.personRegistered(p)]

    case .assignConsultant(let e, let consultant):
        _ = try requireProgramme(e.programme, state)
        guard state.schools[e.school] != nil else { throw .unknownSchool(e.school) }
        guard let person = state.people[consultant] else { throw .unknownPerson(consultant) }
        guard person.role == .consultant else { throw .notAConsultant(consultant) }
        guard state.participation[e] != nil else { throw .notParticipating(programme: e.programme, school: e.school) }
        if state.caseload[e] == consultant { throw .alreadyAssigned(school: e.school, consultant: consultant) }
        return [.consultantAssigned(e, consultant: consultant)]

    case .formCluster(let id, let programmeID, let name, let track):
        try requireID(id)
        try require(name, "name")
        let programme = try requireProgramme(programmeID, state)
        guard state.clusters[id] == nil else { throw .duplicateCluster(id) }
        try NameRules.checkCluster(id, name, state)
        if let track, !programme.tracks.contains(where: { $0.id == track }) {
            throw .unknownTrack(programme: programmeID, track: track)
        }
        return [.clusterFormed(id: id, programme: programmeID, name: name, track: track)]

    case .renameCluster(let id, let name):
        try require(name, "name")
        guard let cluster = state.clusters[id] else { throw .unknownCluster(id) }
        guard cluster.name != name else { throw .clusterNameUnchanged }
        try NameRules.checkCluster(id, name, state)
        return [.clusterRenamed(id: id, name: name)]

    case .placeSchool(let clusterID, let school):
        guard let cluster = state.clusters[clusterID] else { throw .unknownCluster(clusterID) }
        guard state.schools[school] != nil else { throw .unknownSchool(school) }
        let e = Enrolment(cluster.programme, school)
        guard state.participation[e]?.status == .accepted else {
            throw .notAccepted(programme: cluster.programme, school: school)
        }
        guard state.clusterOf[e] != clusterID else { throw .alreadyInCluster(school: school, cluster: clusterID) }
        return [.schoolPlaced(cluster: clusterID, school: school)]

    case .defineInterventionKind(let k):
        try requireID(k.id)
        try require(k.name, "name")
        _ = try requireProgramme(k.programme, state)
        guard state.interventionKind(k.programme, k.id) == nil else { throw .duplicateInterventionKind(k.id) }
        return [.interventionKindDefined(k)]

    case .setInterventionStatus(let key, let status, let date, let reason):
        _ = try requireProgramme(key.programme, state)
        guard state.schools[key.school] != nil else { throw .unknownSchool(key.school) }
        guard state.interventionKind(key.programme, key.kind) != nil else {
            throw .unknownInterventionKind(programme: key.programme, kind: key.kind)
        }
        guard state.participation[Enrolment(key.programme, key.school)]?.status == .accepted else {
            throw .notAccepted(programme: key.programme, school: key.school)
        }
        let day = date ?? context.today
        guard day <= context.today else { throw .dateInFuture(day) }
        let current = state.interventions[key]
        if let current {
            guard current.status.next.contains(status) else { throw .interventionTransition(from: current.status, to: status) }
            guard day >= current.updated else { throw .dateBeforeLastUpdate(current.updated) }
        } else {
            guard status.canBegin else { throw .interventionTransition(from: nil, to: status) }
        }
        let why = trimmed(reason)
        if status == .stopped, why == nil { throw .reasonRequired(status) }
        if status == .evaluated, !state.evaluations.values.contains(where: { $0.school == key.school && $0.programme == key.programme }),
           !state.measurements.keys.contains(where: { $0.school == key.school && $0.programme == key.programme }) {
            throw .evaluationRequired(school: key.school)
        }
        return [.interventionStatusSet(key, status: status, date: day, reason: why)]

    case .scheduleMeeting(var m, let force):
        _ = try requireProgramme(m.programme, state)
        try require(m.title, "title")
        guard (0..<1440).contains(m.start) else { throw .timeOutOfRange(m.start) }
        guard (0...1440).contains(m.end) else { throw .timeOutOfRange(m.end) }
        guard m.end > m.start else { throw .endBeforeStart }
        guard !m.clusters.isEmpty || !m.schools.isEmpty else { throw .meetingHasNoParticipants }
        for c in m.clusters {
            guard let cluster = state.clusters[c] else { throw .unknownCluster(c) }
            guard cluster.programme == m.programme else { throw .clusterNotInProgramme(cluster: c, programme: m.programme) }
        }
        for s in m.schools where state.schools[s] == nil { throw .unknownSchool(s) }
        for p in m.consultants where state.people[p] == nil { throw .unknownPerson(p) }
        m.id = state.nextID(.meeting)
        m.status = .scheduled
        m.sequence = 0; m.cancelReason = nil; m.attendance = nil
        try checkConflicts(state.conflicts(m, today: context.today, isNew: true), force: force)
        return [.meetingScheduled(m)]

    case .moveMeeting(let id, let day, let start, let end, let force):
        guard var m = state.meetings[id] else { throw .unknownMeeting(id) }
        try requireScheduled(m)
        guard (0..<1440).contains(start), (0...1440).contains(end) else { throw .timeOutOfRange(start) }
        guard end > start else { throw .endBeforeStart }
        m.day = day; m.start = start; m.end = end
        try checkConflicts(state.conflicts(m, today: context.today, isNew: true), force: force)
        return [.meetingMoved(id: id, day: day, start: start, end: end)]

    case .cancelMeeting(let id, let reason):
        guard let m = state.meetings[id] else { throw .unknownMeeting(id) }
        try requireScheduled(m)
        guard let why = trimmed(reason) else { throw .emptyField("reason") }
        return [.meetingCancelled(id: id, reason: why)]

    case .recordMeetingHeld(let id, let attendance):
        guard let m = state.meetings[id] else { throw .unknownMeeting(id) }
        try requireScheduled(m)
        guard m.day <= context.today else { throw .meetingInFuture(id) }
        let invited = state.participants(m)
        for s in attendance where !invited.contains(s) { throw .unknownSchool(s) }
        return [.meetingHeld(id: id, attendance: attendance)]

    case .recordContact(let c, let agreed): return try decideContact(c, agreed: agreed, state, context)
    case .completeFollowUp(let id, let date): return try decideFollowUpDone(id: id, date: date, state, context)
    case .moveFollowUp(let id, let due, let reason): return try decideFollowUpMoved(id: id, due: due, reason: reason, state, context)
    case .recordEvaluation(let v): return try decideEvaluation(v, state, context)
    case .giveFeedback(let f): return try decideFeedback(f, state, context)
    case .defineIndicator(let d): return try decideIndicator(d, isNew: true, state)
    case .changeIndicator(let d): return try decideIndicator(d, isNew: false, state)
    case .recordMeasurement(let m): return try decideMeasurement(m, reason: nil, state, context)
    case .correctMeasurement(let m, let reason): return try decideMeasurement(m, reason: reason, state, context)
    case .undoLast(let expecting): return try decideUndoLast(expecting: expecting, state, context)
    case .undoWrite(let seq): return try decideUndoWrite(seq: seq, state, context)
    }
}

/// Which participation changes are allowed: an offer comes first; a decision can be revisited.
public enum ParticipationRules {
    public static func allows(from: ParticipationStatus?, to: ParticipationStatus) -> Bool {
        switch (from, to) {
        case (nil, .offered): return true
        case (.offered, .accepted), (.offered, .declined): return true
        case (.declined, .accepted): return true
        case (.accepted, .withdrawn), (.accepted, .declined): return true
        case (.withdrawn, .accepted): return true
        default: return false
        }
    }
}

private func require(_ value: String, _ field: String) throws(DomainError) { try requireText(value, field) }

/// Only a booked meeting can be moved, cancelled or recorded as held.
func requireScheduled(_ m: Meeting) throws(DomainError) {
    switch m.status {
    case .scheduled: return
    case .cancelled: throw .meetingCancelled(m.id)
    case .held: throw .meetingAlreadyHeld(m.id)
    }
}

/// Hard conflicts always refuse; soft ones refuse unless the user has confirmed them.
func checkConflicts(_ conflicts: [Conflict], force: Bool) throws(DomainError) {
    let hard = conflicts.filter(\.isHard)
    if !hard.isEmpty { throw .hardConflicts(hard) }
    if !force, !conflicts.isEmpty { throw .softConflicts(conflicts) }
}

func requireText(_ value: String, _ field: String) throws(DomainError) {
    if value.allSatisfy(\.isWhitespace) { throw .emptyField(field) }
}

func requireID(_ id: String) throws(DomainError) {
    guard !id.isEmpty, id.utf8.count <= 40,
          id.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 })
    else { throw .invalidID(id) }
}

func requireProgramme(_ id: ProgrammeID, _ state: NetworkState) throws(DomainError) -> Programme {
    guard let p = state.programmes[id] else { throw .unknownProgramme(id) }
    return p
}

func trimmed(_ s: String?) -> String? {
    guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
    return t
}
