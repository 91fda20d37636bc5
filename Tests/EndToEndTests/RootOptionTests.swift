import Foundation
import Testing

/// The root's options that take a value are listed by hand (`Tavle.valueOptions`), so that value is not taken
/// for a subcommand: every one the parser knows, read from its own description, is on that list.
@Suite struct RootOptionTests {
    @Test func everyRootOptionsValueIsSkippedWhenLookingForTheSubcommand() throws {
        let dump = try Harness.tavle("--experimental-dump-help")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as? [String: Any])
        let arguments = try #require((json["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        let options = arguments.filter { $0["kind"] as? String == "option" }
            .compactMap { ($0["names"] as? [[String: Any]])?.first { $0["kind"] as? String == "long" }?["name"] as? String }
        #expect(options.count >= 5, "\(options)")
        for name in options {
            let r = try Harness.tavle("--" + name, "x1", "nonsense")
            #expect(r.status != 0 && r.err.contains("'nonsense'") && !r.err.contains("'x1'"), "--\(name): \(r.err.prefix(200))")
        }
    }
}
