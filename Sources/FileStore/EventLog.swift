import Domain

/// The file log, the embedded default: a `FileEventStore` with its `FileSnapshotStore`, held by a `LiveNetwork`.
public enum EventLog {
    /// Opens the log at `path`. A log opened for reading never changes any file; see `FileEventStore` and
    /// `LiveNetwork` for what opening checks and refuses.
    public static func open(path: String, access: LiveNetwork.Access = .write, create: Bool = true, useSnapshot: Bool = false,
                            keepHistory: Bool = true, fileSystem: LogFileSystem = SystemFileSystem()) throws(LogError) -> LiveNetwork {
        let store = try FileEventStore(path: path, access: access, create: create, fileSystem: fileSystem)
        return try LiveNetwork(store: store, snapshots: FileSnapshotStore(forLog: path), access: access, useSnapshot: useSnapshot,
                               keepHistory: keepHistory)
    }

    /// Writes a new log with the given events. Refuses to overwrite an existing file.
    public static func create(path: String, events: [(at: Timestamp, actor: String, event: Event)], created: Timestamp) throws(LogError) {
        try FileEventStore.write(path: path, bytes: LogFormat.image(Recorded.numbered(events), created: created))
    }
}
