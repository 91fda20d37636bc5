import ArgumentParser
import Domain
import PostgresStore
import Wording

/// The database owner's commands for a shared log: create or upgrade its schema, let logins in.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: about(.dbAbstract),
        subcommands: [Init.self, Grant.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.dbInitAbstract))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let words = global.catalogue
            let admin = try connectAdmin(global)
            let step = try storeCall(words) { try admin.initialise(now: global.clock.now()) }
            switch step {
            case .created(let version, let id): say(words(.cliDbCreated, version, admin.location, id))
            case .upToDate(let version): say(words(.cliDbUpToDate, admin.location, version))
            case .upgraded(let from, let to): say(words(.cliDbUpgraded, admin.location, from, to))
            case .newer(let version):
                throw Failure(message: words(.cliDbNewer, admin.location, version, PostgresAdmin.schemaVersion), code: Exit.refused)
            }
        }
    }

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.dbGrantAbstract))
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.dbGrantNames)) var names: [String]

        func run() throws {
            let words = global.catalogue
            let admin = try connectAdmin(global)
            try storeCall(words) { try admin.grant(names) }
            for n in names { say(words(.cliDbGranted, n, admin.location)) }
        }
    }
}

/// Connects as the login the address names, which must own the database for `init` and `copy`.
func connectAdmin(_ global: GlobalOptions) throws -> PostgresAdmin {
    let words = global.catalogue
    let path = try global.logPath()
    guard PostgresLocation.isURL(path) else { throw Failure(message: words(.cliDbNeedsURL, path), code: Exit.usage) }
    let location = try sharedLog(path, words)
    return try storeCall(words) { try PostgresAdmin(location) }
}

/// A store call whose refusal becomes a message and an exit status.
@discardableResult
func storeCall<T>(_ words: Catalogue, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as LogError { throw Failure(message: words.message(error), code: logExitCode(error)) }
}
