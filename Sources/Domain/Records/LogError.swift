/// What can go wrong with the log file itself.
public enum LogError: Error, Equatable, Sendable {
    /// A system call failed; `operation` names it, `code` is errno.
    case io(path: String, operation: String, code: Int32)
    /// The file exists where a new log was to be written.
    case fileExists(String)
    /// The first line is not a Tavle log header.
    case notALog(path: String, problem: RecordProblem)
    /// The file's format version is newer than this program reads.
    case unsupportedFormat(Int)
    /// A record in the middle is damaged: the line number (1 = header) and its byte offset.
    case damaged(line: Int, offset: Int, problem: LogDamage)
    /// Appends are refused; the reason says why.
    case readOnly(ReadOnlyReason)
    /// The file was truncated or replaced by another program while open.
    case replaced(String)
    /// One record would exceed the limit.
    case recordTooLarge(bytes: Int, limit: Int)
    /// Tavle does not read or write this file: a link, not a regular file, another user's, or writable by others.
    case unsafeFile(path: String, reason: UnsafeFile)
    /// Another writer appended first; read, decide again, and try again.
    case conflict
    /// Other writers kept getting there first, time after time.
    case busy
    /// A shared log's server cannot be reached: every host tried, and why.
    case unreachable(location: String, problems: [ConnectionProblem])
    /// A shared log's server refused a write or a read: its SQLSTATE and message.
    case storeRefused(StoreRefusal)
    /// The database has no Tavle log yet (`tavle db init`).
    case notInitialised(String)
}

/// Why a shared log's server refused, by the SQLSTATE its append function raises.
public struct StoreRefusal: Equatable, Sendable {
    public let code: String
    public let message: String
    public init(code: String, message: String) { self.code = code; self.message = message }

    public enum Kind: Sendable, Equatable {
        case conflict, writesAsSomeoneElse, notAPerson, notAllowed, notOwnSchool, clockOff, timeGoesBack, notAContinuation
        case neverChanged, noRight, badValue, notAtMeeting, timedOut, notUTF8, other
    }

    public var kind: Kind {
        switch code {
        case "TV001": return .conflict
        case "TV002": return .writesAsSomeoneElse
        case "TV003": return .notAPerson
        case "TV004": return .notAllowed
        case "TV005": return .notOwnSchool
        case "TV006": return .clockOff
        case "TV007": return .timeGoesBack
        case "TV008": return .notAContinuation
        case "TV009": return .neverChanged
        case "TV010": return .badValue
        case "TV011": return .notAtMeeting
        // lock_not_available (lock_timeout) and query_canceled (statement_timeout): another transaction held the log.
        case "55P03", "57014": return .timedOut
        case "42501": return .noRight
        // character_not_in_repertoire: a database whose encoding is not UTF8 (its name in the message).
        case "22021": return .notUTF8
        default: return .other
        }
    }
}

public enum LogDamage: Error, Equatable, Sendable {
    case record(RecordProblem)
    case sequence(expected: Int, found: Int)
    /// Bytes after the last complete line that are neither the start of a record nor zeros.
    case garbage(bytes: Int)
    /// The lines a snapshot covered no longer end where it recorded: records were overwritten.
    case overwritten(lines: Int)
}

public enum ReadOnlyReason: Equatable, Sendable {
    case newerSchema(version: Int, line: Int)
    case noWritePermission
    /// Opened by a command that only reads: it never writes.
    case openedForReading
}

/// Something the log did on open that the user must hear about once.
public enum LogNotice: Equatable, Sendable {
    /// An incomplete last line (or zeros) was moved to `savedTo` and cut off before a write. An incomplete record
    /// was never confirmed; zeros may stand where confirmed records were, which Tavle cannot know.
    case tornTailRecovered(bytes: Int, line: Int, savedTo: String, zeros: Bool)
    /// An incomplete last line is there; it is moved aside only when a command is about to write.
    case tornTailPending(bytes: Int, line: Int, zeros: Bool)
    case readOnly(ReadOnlyReason)
    case created(String)
    /// The snapshot next to the log was not used; the log was read in full.
    case snapshotIgnored(SnapshotProblem)
    /// A write is in the log, whole, but the disk did not confirm it (`problem`) and it could not be taken back:
    /// it counts as written, so that nobody writes it again.
    case writeNotConfirmed(path: String, problem: LogError)
}

/// Why Tavle will not use a file as its log.
public enum UnsafeFile: Equatable, Sendable {
    /// The path is a symbolic link; name the file it points to, if that is what is meant.
    case symlink
    /// A directory, a FIFO, a device: not a regular file.
    case notRegular
    /// Another user owns it.
    case otherOwner(uid: UInt32)
    /// Its group or others may write to it, so its history cannot be trusted.
    case writableByOthers(mode: UInt32)
}
