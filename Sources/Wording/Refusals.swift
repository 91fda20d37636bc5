import Glibc
import Domain

/// Words the Domain's refusals and the log's errors for people.
extension Catalogue {
    /// Given the state, schools, clusters, programmes and people are named; an unknown one keeps the id typed.
    public func message(_ e: DomainError, in state: NetworkState? = nil) -> String {
        let n = StateNames(state: state)
        switch e {
        case .emptyField(let f): return self(.domEmptyField, f)
        case .invalidID(let s): return self(.domInvalidID, s)
        case .invalidInstitution(let s): return self(.domInvalidInstitution, s)
        case .invalidHandle(let s): return self(.domInvalidHandle, s)
        case .unknownProgramme(let s): return self(.domUnknownProgramme, s)
        case .unknownSchool(let s): return self(.domUnknownSchool, s)
        case .unknownMunicipality(let c): return self(.domUnknownMunicipality, c)
        case .unknownPerson(let s): return self(.domUnknownPerson, s)
        case .unknownCluster(let s): return self(.domUnknownCluster, s)
        case .unknownTrack(let p, let t): return self(.domUnknownTrack, p, t)
        case .unknownInterventionKind(let p, let k): return self(.domUnknownKind, n.programme(p), k)
        case .duplicateProgramme(let s): return self(.domDuplicateProgramme, s)
        case .duplicateSchool(let s): return self(.domDuplicateSchool, s)
        case .duplicatePerson(let s): return self(.domDuplicatePerson, s)
        case .duplicateCluster(let s): return self(.domDuplicateCluster, s)
        case .duplicateInterventionKind(let s): return self(.domDuplicateKind, s)
        case .endBeforeStart: return self(.domEndBeforeStart)
        case .notAConsultant(let s): return self(.domNotAConsultant, s)
        case .notParticipating(let p, let s): return self(.domNotParticipating, n.programme(p), n.school(s))
        case .notAccepted(let p, let s): return self(.domNotAccepted, n.programme(p), n.school(s))
        case .participationUnchanged(let s): return self(.domParticipationUnchanged, name(s))
        case .participationTransition(let from, let to):
            return self(.domParticipationTransition, from.map(name) ?? self(.domNone), name(to))
        case .alreadyAssigned(let s, let c): return self(.domAlreadyAssigned, n.school(s), n.person(c))
        case .alreadyInCluster(let s, let c): return self(.domAlreadyInCluster, n.school(s), n.cluster(c))
        case .clusterNameUnchanged: return self(.domClusterNameUnchanged)
        case .interventionTransition(let from, let to):
            return self(.domInterventionTransition, from.map(name) ?? self(.domNone), name(to))
        case .reasonRequired(let s): return self(.domReasonRequired, name(s))
        case .dateInFuture(let d): return self(.domDateInFuture, shortDate(d))
        case .dateBeforeLastUpdate(let d): return self(.domDateBeforeLastUpdate, shortDate(d))
        case .meetingHasNoParticipants: return self(.domMeetingNoParticipants)
        case .clusterNotInProgramme(let c, let p): return self(.domClusterNotInProgramme, n.cluster(c), n.programme(p))
        case .timeOutOfRange(let m): return self(.domTimeOutOfRange, m)
        case .unknownActor(let a): return self(.domUnknownActor, a)
        case .notPermitted(let a, .coordinatorOnly): return self(.domCoordinatorOnly, n.person(a))
        case .notPermitted(let a, .ownCaseload(let s)): return self(.domOwnCaseload, n.person(a), n.school(s))
        case .unknownFollowUp(let id): return self(.domUnknownFollowUp, id)
        case .followUpAlreadyDone(let id): return self(.domFollowUpDone, n.followUp(id))
        case .dueBeforeContact(let due, let c): return self(.domDueBeforeContact, shortDate(due), shortDate(c))
        case .valueOutOfRange(let h): return self(.domValueOutOfRange, percent(h))
        case .ratingOutOfRange(let r): return self(.domRatingOutOfRange, r)
        case .unknownMeeting(let id): return self(.domUnknownMeeting, id)
        case .evaluationRequired(let s): return self(.domEvaluationRequired, n.school(s))
        case .unknownIndicator(let p, let i): return self(.domUnknownIndicator, n.programme(p), i)
        case .duplicateIndicator(let i): return self(.domDuplicateIndicator, i)
        case .indicatorNames: return self(.domIndicatorNames)
        case .emptyRange(let lo, let hi): return self(.domEmptyRange, value(lo, decimals: lo.decimals), value(hi, decimals: hi.decimals))
        case .decimalsOutOfRange(let d): return self(.domDecimalsOutOfRange, d)
        case .wrongPeriod(let p, let k): return self(.domWrongPeriod, p, name(k))
        case .periodInFuture(let p): return self(.domPeriodInFuture, p)
        case .measurementOutOfRange(let v, let lo, let hi, let d):
            return self(.domMeasurementOutOfRange, value(v, decimals: v.decimals), value(lo, decimals: lo.decimals), value(hi, decimals: hi.decimals), d)
        case .measurementExists(let s, let p, let v): return self(.domMeasurementExists, n.school(s), p, value(v, decimals: v.decimals))
        case .noMeasurement(let s, let p): return self(.domNoMeasurement, n.school(s), p)
        case .measurementUnchanged(let v): return self(.domMeasurementUnchanged, value(v, decimals: v.decimals))
        case .indicatorUnchanged(let i): return self(.domIndicatorUnchanged, i)
        case .valuesWouldNotFit(let c): return self(.domValuesWouldNotFit, grouped(c))
        case .targetOutOfRange(let v): return self(.domTargetOutOfRange, value(v, decimals: v.decimals))
        case .nothingToUndo: return self(.domNothingToUndo)
        case .undoBuiltOn(let seq, let by): return self(.domUndoBuiltOn, seq, by)
        case .hardConflicts(let list): return self(.domHardConflicts, list.map { message($0, in: state) }.joined(separator: "; "))
        case .softConflicts(let list): return self(.domSoftConflicts, list.map { message($0, in: state) }.joined(separator: "; "))
        case .meetingCancelled(let id): return self(.domMeetingCancelled, meetingName(id, in: state).firstUppercased)
        case .meetingInFuture(let id): return self(.domMeetingInFuture, meetingName(id, in: state).firstUppercased)
        case .meetingAlreadyHeld(let id): return self(.domMeetingAlreadyHeld, meetingName(id, in: state).firstUppercased)
        case .undoChanged: return self(.domUndoChanged)
        case .notUndoable(let seq): return self(.domNotUndoable, seq)
        case .controlCharacter(let field, let scalar): return self(.domControlCharacter, field, "U+" + String(format: "%04X", scalar))
        case .invisibleCharacter(let field, let scalar): return self(.domInvisibleCharacter, field, "U+" + String(format: "%04X", scalar))
        case .confusableName(let name, let other, let id): return self(.domConfusableName, name, other, id)
        case .lastCoordinator(let who): return self(.domLastCoordinator, who)
        case .doneBeforeAgreed(let done, let agreed): return self(.domDoneBeforeAgreed, shortDate(done), shortDate(agreed))
        case .notAtMeeting(let who, let m): return self(.domNotAtMeeting, n.person(who), meetingName(m, in: state))
        case .schoolNotAtMeeting(let s, let m): return self(.domSchoolNotAtMeeting, n.school(s), meetingName(m, in: state))
        }
    }

    /// One conflict in words, naming what clashes: people, schools, clusters and meetings by their names given the state.
    public func message(_ c: Conflict) -> String { message(c, in: nil) }

    public func message(_ c: Conflict, in state: NetworkState?) -> String {
        let n = StateNames(state: state)
        switch c {
        case .consultantBusy(let who, let m, let travel): return self(.cfConsultantBusy, n.person(who), meetingName(m, in: state), travel)
        case .schoolBusy(let s, let m): return self(.cfSchoolBusy, n.school(s), meetingName(m, in: state))
        case .inThePast(let d): return self(.cfInThePast, shortDate(d))
        case .publicHoliday(let h): return self(.cfHoliday, name(h))
        case .schoolHoliday(let h, let muni): return self(.cfSchoolHoliday, name(h), Municipality.byCode[muni]?.name ?? String(muni))
        case .weekend: return self(.cfWeekend)
        case .outsideHours: return self(.cfOutsideHours)
        case .tooSoonAfter(let cluster, let m, let days):
            if days == 0 { return self(.cfTooSoonSameDay, n.cluster(cluster)) }
            // The other meeting by its day; one only planned alongside (not yet in the log) by its distance alone.
            guard let other = state?.meetings[m] else { return self(.cfTooSoonNear, n.cluster(cluster), span(days: days)) }
            return self(.cfTooSoon, n.cluster(cluster), shortDate(other.day), span(days: days))
        }
    }

    public func message(_ e: LogError) -> String {
        switch e {
        case .io(let path, let op, let code): return self(.errIO, path, operation(op), systemError(code))
        case .fileExists(let p): return self(.errFileExists, p)
        case .notALog(let p, let problem): return self(.errNotALog, p, message(problem))
        case .unsupportedFormat(let v): return self(.errUnsupportedFormat, v)
        case .damaged(let line, let offset, let d): return self(.errDamaged, line, offset, message(d))
        case .readOnly(let r): return self(.errReadOnly, reason(r))
        case .replaced(let p): return self(.errReplaced, p)
        case .recordTooLarge(let b, let l): return self(.errTooLarge, b, l)
        case .unsafeFile(let p, let why): return self(.errUnsafeFile, p, reason(why))
        case .conflict: return self(.errConflict)
        case .busy: return self(.errBusy, LiveNetwork.attempts)
        case .unreachable(let location, let problems):
            return self(.errUnreachable, location, problems.map(message).joined(separator: "; "))
        case .notInitialised(let location): return self(.errNotInitialised, location)
        case .storeRefused(let r): return self(.errStore, message(r))
        }
    }

    public func message(_ r: StoreRefusal) -> String {
        switch r.kind {
        case .conflict: return self(.errConflict)
        case .writesAsSomeoneElse: return self(.storeWritesAs, r.message)
        case .notAPerson: return self(.storeNotAPerson, r.message)
        case .notAllowed: return self(.storeNotAllowed, r.message)
        case .notOwnSchool: return self(.storeNotOwnSchool, r.message)
        case .clockOff: return self(.storeClockOff, r.message)
        case .timeGoesBack: return self(.storeTimeBack, r.message)
        case .notAContinuation: return self(.storeNotContinuation, r.message)
        case .neverChanged: return self(.storeNeverChanged, r.message)
        case .badValue: return self(.storeBadValue, r.message)
        case .notAtMeeting: return self(.storeNotAtMeeting, r.message)
        case .timedOut: return self(.storeTimedOut, r.message)
        case .notUTF8: return self(.storeNotUTF8, r.message)
        case .noRight: return self(.storeNoRight, r.message)
        case .other: return "\(r.code): \(r.message)"
        }
    }

    public func reason(_ u: UnsafeFile) -> String {
        switch u {
        case .symlink: return self(.unsafeSymlink)
        case .notRegular: return self(.unsafeNotRegular)
        case .otherOwner(let uid): return self(.unsafeOwner, uid)
        case .writableByOthers(let mode): return self(.unsafeWritable, String(mode, radix: 8))
        }
    }

    public func message(_ d: LogDamage) -> String {
        switch d {
        case .record(let p): return message(p)
        case .sequence(let e, let f): return self(.probSequence, e, f)
        case .garbage(let bytes): return self(.probGarbage, bytes)
        case .overwritten(let lines): return self(.probOverwritten, lines)
        }
    }

    public func message(_ p: RecordProblem) -> String {
        switch p {
        case .checksumMissing: return self(.probChecksumMissing)
        case .checksumMismatch: return self(.probChecksumMismatch)
        case .malformed(let s): return self(.probMalformed, s)
        case .missingField(let f): return self(.probMissingField, f)
        case .badValue(let f): return self(.probBadValue, f)
        case .unknownType(let t): return self(.probUnknownType, t)
        case .notCanonical(let column): return self(.probNotCanonical, column)
        case .tooLong(let bytes, let limit): return self(.probTooLong, bytes, limit)
        case .notAHeader: return self(.probNotAHeader)
        case .headerIncomplete: return self(.probHeaderIncomplete)
        }
    }

    public func reason(_ r: ReadOnlyReason) -> String {
        switch r {
        case .newerSchema(let v, let line): return self(.noticeNewerSchema, v, line)
        case .noWritePermission: return self(.noticeNoWrite)
        case .openedForReading: return self(.noticeOpenedForReading)
        }
    }

    public func message(_ n: LogNotice) -> String {
        switch n {
        case .tornTailRecovered(let bytes, let line, let side, let zeros): return self(zeros ? .noticeZeroTail : .noticeTornTail, line, bytes, side)
        case .tornTailPending(let bytes, let line, let zeros): return self(zeros ? .noticeZeroTailPending : .noticeTornTailPending, line, bytes)
        case .readOnly(let r): return reason(r)
        case .created(let p): return self(.noticeCreated, p)
        case .snapshotIgnored(let p): return self(.noticeSnapshotIgnored, reason(p))
        case .writeNotConfirmed(let path, let problem): return self(.noticeWriteNotConfirmed, path, message(problem))
        }
    }

    public func reason(_ p: SnapshotProblem) -> String {
        switch p {
        case .damaged(.header): return self(.snapDamagedHeader)
        case .damaged(.length): return self(.snapDamagedLength)
        case .damaged(.checksum): return self(.snapDamagedChecksum)
        case .damaged(.content): return self(.snapDamagedContent)
        case .otherVersion(let v): return self(.snapOtherVersion, v)
        case .otherLog: return self(.snapOtherLog)
        case .stale: return self(.snapStale)
        case .notAFile: return self(.snapNotAFile)
        case .disagrees: return self(.snapDisagrees)
        case .unauthenticated: return self(.snapUnauthenticated)
        }
    }

    /// Any error Tavle can meet, for the command line and the status bar.
    public func message(_ error: any Error) -> String {
        if let e = error as? DomainError { return message(e, in: nil) }
        if let e = error as? LogError { return message(e) }
        return String(describing: error)
    }
}

extension Catalogue {
    /// Why one host of a shared log could not be used.
    public func message(_ p: ConnectionProblem) -> String {
        switch p {
        case .noConnectionYet: return self(.errNoConnectionYet)
        case .refused(let h): return self(.netRefused, h)
        case .timedOut(let h): return self(.netTimedOut, h)
        case .unknownHost(let h): return self(.netUnknownHost, h)
        case .noRoute(let h): return self(.netNoRoute, h)
        case .readOnly(let h): return self(.netReadOnly, h)
        case .closed(let h): return self(.netClosed, h)
        case .tls(let h): return self(.netTLS, h)
        case .authentication(let h, let m): return self(.netAuthentication, h, m)
        case .server(let h, let m): return self(.netServer, h, m)
        case .other(let h, let d): return self(.netOther, h, d)
        }
    }
}
