import Foundation
import Testing

/// The manual page and the install script that puts it, the binary and the completions in place.
@Suite struct ManualTests {
    /// The page as `man -l` shows it, plain text.
    func rendered(_ page: String) throws -> String {
        let r = try Harness.run("/bin/sh", ["-c", "MANWIDTH=100 man -l '\(page)' | col -b"])
        #expect(r.status == 0, "\(r.err)")
        return r.out
    }

    @Test func theManualRendersInBothLanguagesAndDocumentsEveryCommand() throws {
        let dir = Harness.tempDirectory()
        for (lang, heads) in [("da", ["NAVN", "BESKRIVELSE", "KOMMANDOER", "MILJØ", "FILER", "AFSLUTNINGSSTATUS"]),
                              ("en", ["NAME", "DESCRIPTION", "COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS"])] {
            let r = try Harness.tavle("man", "--lang", lang)
            #expect(r.status == 0 && r.out.hasPrefix(".TH TAVLE 1"))
            try r.out.write(toFile: dir + "/tavle-\(lang).1", atomically: true, encoding: .utf8)
            let text = try rendered(dir + "/tavle-\(lang).1")
            for h in heads { #expect(text.contains("\n" + h + "\n"), "\(lang): \(h)") }
            for command in ["tavle meeting schedule", "tavle export", "tavle programme create", "tavle log verify", "tavle import schools"] {
                #expect(text.contains(command), "\(lang): \(command)")
            }
            #expect(!text.contains("\\e") && !text.contains(".nf"), "roff shown as text")
        }
    }

    @Test func theInstallScriptPutsTheBinaryManualAndCompletionsInPlace() throws {
        let prefix = Harness.tempDirectory() + "/prefix"
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let r = try Harness.run("/bin/bash", [root + "/scripts/install.sh", prefix], env: ["TAVLE_BIN": Harness.binary])
        #expect(r.status == 0 && r.out.contains("installed in \(prefix)"), "\(r.err)")
        for file in ["bin/tavle", "share/man/man1/tavle.1", "share/man/en/man1/tavle.1", "share/bash-completion/completions/tavle",
                     "share/zsh/site-functions/_tavle", "share/fish/vendor_completions.d/tavle.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)")
        }
        #expect(try rendered(prefix + "/share/man/en/man1/tavle.1").contains("EXIT STATUS"))
        #expect(try Harness.run(prefix + "/bin/tavle", ["--version"]).status == 0)
        // A zsh whose $fpath lacks the prefix's completions: the script says the line that makes zsh find them;
        // one whose $fpath has it: nothing to say. (A stand-in zsh prints its $fpath, as `zsh -fc` would.)
        let bin = Harness.tempDirectory()
        let zdir = prefix + "/share/zsh/site-functions"
        for (fpath, hint) in [("/usr/share/zsh/functions", true), ("/usr/share/zsh/functions\n" + zdir, false)] {
            try "#!/bin/sh\nprintf '\(fpath)\\n'\n".write(toFile: bin + "/zsh", atomically: true, encoding: .utf8)
            chmod(bin + "/zsh", 0o755)
            let z = try Harness.run("/bin/bash", [root + "/scripts/install.sh", prefix], env: ["TAVLE_BIN": Harness.binary, "PATH": bin + ":/usr/bin:/bin"])
            #expect(z.status == 0 && z.out.contains("fpath=(\(zdir) $fpath)") == hint, "\(z.out)")
        }
    }
}
