import Foundation
import Wording

/// `tavle report --format pdf`: the HTML report printed by a converter on this machine, headless Chromium or
/// LibreOffice, found on $PATH; without one, a message that names them.
enum PDFReport {
    static let chromes = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell"]
    static let offices = ["soffice", "libreoffice"]

    static func find(_ names: [String]) -> String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for n in names { for d in dirs where FileManager.default.isExecutableFile(atPath: d + "/" + n) { return d + "/" + n } }
        return nil
    }

    /// The PDF's bytes, converted from `html` in a private temporary directory.
    static func convert(_ html: String, _ words: Catalogue) throws -> Data {
        let dir = NSTemporaryDirectory() + "tavle-pdf-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let page = dir + "/rapport.html", pdf = dir + "/rapport.pdf"
        try Data(html.utf8).write(to: URL(fileURLWithPath: page))
        let process = Process()
        if let chrome = find(chromes) {
            process.executableURL = URL(fileURLWithPath: chrome)
            process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + page]
        } else if let office = find(offices) {
            process.executableURL = URL(fileURLWithPath: office)
            process.arguments = ["--headless", "--convert-to", "pdf", "--outdir", dir, page]
        } else {
            throw Failure(message: words(.cliNoPDFConverter, (chromes + offices).joined(separator: ", ")), code: Exit.refused)
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: pdf), data.starts(with: Array("%PDF".utf8)) else {
            throw Failure(message: words(.cliPDFFailed, process.executableURL?.lastPathComponent ?? "", process.terminationStatus), code: Exit.refused)
        }
        return data
    }
}
