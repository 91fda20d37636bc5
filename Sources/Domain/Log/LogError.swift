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
}

public enum LogDamage: Equatable, Sendable {
    case record(RecordProblem)
    case sequence(expected: Int, found: Int)
}

public enum ReadOnlyReason: Equatable, Sendable {
    case newerSchema(version: Int, line: Int)
    case noWritePermission
    case historical
}

/// Something the log did on open that the user must hear about once.
public enum LogNotice: Equatable, Sendable {
    /// An incomplete last line was moved to `savedTo` and cut off.
    case tornTailRecovered(bytes: Int, line: Int, savedTo: String)
    /// An incomplete last line could not be moved aside, because the log is read-only.
    case tornTailIgnored(bytes: Int, line: Int)
    case readOnly(ReadOnlyReason)
    case created(String)
    /// The snapshot next to the log was not used; the log was read in full.
    case snapshotIgnored(SnapshotProblem)
}
