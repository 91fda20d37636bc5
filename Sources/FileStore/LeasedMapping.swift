import Glibc

/// A file's bytes mapped into memory instead of read, kept from changing while they are looked at.
///
/// A mapped file that another process truncates ends the reader with SIGBUS when it touches a page that is gone.
/// A read lease prevents that: while this process holds it, any other `open` for writing or `truncate` of the file
/// waits (up to the system's `lease-break-time`) until the lease is given back. The lease is only granted to the
/// file's owner, and only while no one has the file open for writing; when it is not granted (or the file system
/// has no leases, or the mapping fails) nothing is mapped, and the caller reads the file as before.
enum LeasedMapping {
    // Linux's values (fcntl.h, which Swift's Glibc module does not export without _GNU_SOURCE).
    static let setLease: Int32 = 1024       // F_SETLEASE
    static let setSignal: Int32 = 10        // F_SETSIG
    static let readLease: Int32 = 0         // F_RDLCK
    static let noLease: Int32 = 2           // F_UNLCK

    /// Calls `body` with the first `size` bytes of `fd`'s file mapped and leased, or returns nil without calling it
    /// when they cannot be (see above), or when the file is no longer `size` bytes long once leased.
    static func withBytes<R>(fd: Int32, size: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard size > 0 else { return nil }
        // A lease broken by another process's open is announced by a signal, SIGIO unless told otherwise, which would
        // end this process; SIGURG is ignored unless handled, and nothing here handles it. The lease is given back
        // within the call anyway.
        guard fcntl(fd, setSignal, SIGURG) == 0, fcntl(fd, setLease, readLease) == 0 else { return nil }
        defer { _ = fcntl(fd, setLease, noLease) }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) == size else { return nil }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, size) }
        return body(UnsafeRawBufferPointer(start: base, count: size))
    }
}
