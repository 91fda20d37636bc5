import ArgumentParser
import Domain
import Foundation
import PostgresStore
import Wording

/// Options every command takes: where the log is, who acts, and the language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: help(.globalLog), completion: .file())
    var log: String?

    @Option(name: .customLong("as"), help: help(.globalAs), completion: Complete.person)
    var actorName: String?

    @Option(name: .long, help: help(.globalLang), completion: Complete.lang)
    var lang: String?

    @Option(name: .long, help: help(.globalToday))
    var today: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// `--lang`, else `$TAVLE_LANG`, else `lang` in config.toml, else Danish: the same for every command.
    var language: Language { HelpLanguage.resolve(flag: lang, environment) }
    var catalogue: Catalogue { Catalogue(language) }

    /// Who writes: on a shared log the database login, always; on a file `--as`, else `$TAVLE_USER`, else `$USER`,
    /// else the account's login name (a shell without `$USER`, as under some service managers).
    var actor: String {
        if let shared = sharedLocation { return shared.user }
        return [actorName, environment["TAVLE_USER"], environment["USER"], ProcessInfo.processInfo.userName]
            .compactMap { $0 }.first { !$0.isEmpty } ?? "ukendt"
    }

    /// The shared log `--log` or `$TAVLE_LOG` names, if it is one (and is a well-formed address).
    var sharedLocation: PostgresLocation? {
        guard let path = try? logPath(), PostgresLocation.isURL(path) else { return nil }
        return try? PostgresLocation(path, environment: environment)
    }

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw Failure(message: catalogue(.cliTakes, "--lang", Language.allCases.map(\.rawValue).joined(separator: ", "), lang), code: Exit.refused)
        }
        _ = try pinnedDay()
        // An empty --as is a mistake, not a request for $TAVLE_USER.
        if let actorName, actorName.isEmpty { throw ValidationError(catalogue(.cliEmptyActor)) }
        // On a shared log the login is the actor: --as may only name it.
        if let path = try? logPath(), PostgresLocation.isURL(path) {
            let shared = try sharedLog(path, catalogue)
            if let actorName, actorName != shared.user { throw ValidationError(catalogue(.cliAsOnSharedLog, shared.user, actorName)) }
        }
    }

    /// The one clock: pinned to `--today`, else `$TAVLE_TODAY`, else the real date in Denmark.
    var clock: Clock { Clock(pinnedDay: try? pinnedDay()) }

    /// The day `--today` or `$TAVLE_TODAY` names; a value that is not a date is invalid input (exit 1).
    func pinnedDay() throws -> Day? {
        for (source, value) in [("--today", today), ("TAVLE_TODAY", environment["TAVLE_TODAY"])] {
            guard let value, !value.isEmpty else { continue }
            guard let day = Day.parse(value) else { throw Failure(message: "\(source): " + catalogue(.cliBadDate, value), code: Exit.refused) }
            return day
        }
        return nil
    }

    /// --log, then $TAVLE_LOG, then $XDG_DATA_HOME/tavle/tavle.log (~/.local/share by default).
    func logPath() throws -> String {
        if let log, !log.isEmpty { return absolute(log) }
        if let env = environment["TAVLE_LOG"], !env.isEmpty { return absolute(env) }
        guard let path = Self.defaultLogPath(environment) else { throw ValidationError(catalogue(.cliNoLogPlace)) }
        return path
    }

    /// $XDG_DATA_HOME/tavle/tavle.log, else ~/.local/share/tavle/tavle.log; nil with neither variable set.
    static func defaultLogPath(_ environment: [String: String]) -> String? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/tavle/tavle.log" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/tavle/tavle.log" }
        return nil
    }

    func absolute(_ p: String) -> String {
        PostgresLocation.isURL(p) || p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
    }
}
