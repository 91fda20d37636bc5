import Glibc

/// The system's reasons (errno) in the interface language: the ones a person can act on are worded; any other
/// is given as the system words it, with its number, after "system error".
extension Catalogue {
    public func systemError(_ code: Int32) -> String {
        switch code {
        case ENOENT: return self(.errnoNotFound)
        case EACCES, EPERM: return self(.errnoNoAccess)
        case ENOSPC: return self(.errnoNoSpace)
        case EDQUOT: return self(.errnoQuota)
        case EROFS: return self(.errnoReadOnly)
        case EIO: return self(.errnoIO)
        case EEXIST: return self(.errnoExists)
        case EISDIR: return self(.errnoIsDirectory)
        case ENOTDIR: return self(.errnoNotDirectory)
        case ENAMETOOLONG: return self(.errnoNameTooLong)
        case ELOOP: return self(.errnoLink)
        case EBADF: return self(.errnoClosed)
        case EPIPE: return self(.errnoPipe)
        default: return self(.errnoOther, String(cString: strerror(code)), code)
        }
    }
}

extension Catalogue {
    /// What Tavle was doing when the system said no, in the interface language: "åbning", "skrivning til disken".
    /// An operation without a word is given by its system name.
    public func operation(_ op: String) -> String {
        switch op {
        case "open", "mkdtemp": return self(.opOpen)
        case "read", "pread": return self(.opRead)
        case "write": return self(.opWrite)
        case "fsync", "fdatasync": return self(.opSync)
        case "flock": return self(.opLock)
        case "fstat", "lstat", "stat": return self(.opStat)
        case "ftruncate": return self(.opTruncate)
        case "rename": return self(.opRename)
        case "mkdir": return self(.opMkdir)
        default: return op
        }
    }
}
