import ArgumentParser
import Domain
import FileStore
import Foundation
import PostgresStore
import Wording

/// `tavle log copy SRC DST`: a file log into an empty shared log, or a shared log into a new file, every line
/// byte for byte. The source is read and checked in full first; a destination that holds records is refused.
struct LogCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: about(.logCopyAbstract))

    @OptionGroup var global: GlobalOptions
    @Argument(help: help(.logCopySource), completion: .file()) var source: String
    @Argument(help: help(.logCopyDestination), completion: .file()) var destination: String

    func run() throws {
        let words = global.catalogue
        let src = global.absolute(source), dst = global.absolute(destination)
        // Read in full and check every line; the bytes are exactly the lines the log holds.
        let bytes: [UInt8]
        if PostgresLocation.isURL(src) {
            let admin = try storeCall(words) { try PostgresAdmin(try sharedLog(src, words)) }
            bytes = try storeCall(words) { try admin.image() }
        } else {
            _ = try openLog(src, text: words, quiet: true, snapshot: false)
            guard let data = FileManager.default.contents(atPath: src) else {
                throw Failure(message: words(.errIO, src, words.operation("read"), words.systemError(errno)), code: Exit.damagedLog)
            }
            bytes = [UInt8](data)
        }
        let (reader, tail) = try storeCall(words) { try LogReader.read(bytes) }
        guard tail == 0, let end = bytes.firstIndex(of: 10) else {
            throw Failure(message: words.message(LogError.notALog(path: src, problem: .headerIncomplete)), code: Exit.damagedLog)
        }
        if PostgresLocation.isURL(dst) {
            let admin = try storeCall(words) { try PostgresAdmin(try sharedLog(dst, words)) }
            if try storeCall(words, { try admin.recordCount() }) > 0 { throw Failure(message: words(.cliCopyNotEmpty, shown(dst)), code: Exit.refused) }
            let header = Array(bytes[...end])
            guard let records = LogFormat.records(bytes[(end + 1)...]), let headerCRC = LogFormat.statedChecksum(header) else {
                throw Failure(message: words.message(LogError.notALog(path: src, problem: .checksumMissing)), code: Exit.damagedLog)
            }
            try storeCall(words) {
                try admin.copyIn(logID: reader.logID, header: header, headerCRC: headerCRC, records: records)
            }
        } else {
            try storeCall(words) { try FileEventStore.create(path: dst, bytes: bytes) }
        }
        say(words(.cliCopied, reader.lines - 1, shown(src), shown(dst)))
        say(words(.cliHeadIs, LogHead.of(bytes, lastSeq: reader.state.lastSeq).description))
    }
}
