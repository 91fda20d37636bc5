import Glibc

/// Temporary snapshot files that an interrupted write left behind (`<snapshot>.new-<pid>-<n>`): a process ended by
/// a signal, `kill -9` or a power cut mid-write runs no clean-up, and at a million events each such file is 180 MB
/// next to the log. The next snapshot written beside them removes those whose writer is no longer running and
/// which have not changed for a minute; a file of a writer still at work is never touched.
enum SnapshotLeftovers {
    static let quietSeconds = 60

    /// The temporary name a writer in this process uses for `snapshot`.
    static func temporaryName(for snapshot: String) -> String {
        snapshot + ".new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// The writer's process id in a temporary name of `snapshot`'s (a file name in its directory), or nil if the
    /// name is not one.
    static func writer(of name: String, snapshot base: String) -> pid_t? {
        let prefix = base + ".new-"
        guard name.hasPrefix(prefix) else { return nil }
        let parts = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1]) != nil else { return nil }
        return pid
    }

    /// Removes the leftovers of `snapshot` (a path).
    static func sweep(_ snapshot: String, now: time_t = time(nil)) {
        let dir = Posix.directory(of: snapshot)
        let base = snapshot.lastIndex(of: "/").map { String(snapshot[snapshot.index(after: $0)...]) } ?? snapshot
        guard let handle = opendir(dir) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = writer(of: name, snapshot: base), !running(pid) else { continue }
            let path = dir + "/" + name
            // A regular file of this user's, as every file Tavle touches, and not changed for a while: a writer in
            // another process namespace (whose id means nothing here) is still writing to it every moment.
            guard let st = try? FileSafety.check(path: path), now - st.st_mtim.tv_sec >= quietSeconds
            else { continue }
            unlink(path)
        }
    }

    /// Whether a process with this id runs (or exists and is another user's).
    static func running(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
