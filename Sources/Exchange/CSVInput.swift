import CSV
import Domain
import Foundation

/// A CSV file read for import: UTF-8 with or without a BOM (else Windows-1252, as older Danish Excel saves
/// "CSV (semikolonsepareret)"), `;` or `,` from the header row, RFC 4180 quoting, and the physical line on
/// which each record starts. What a spreadsheet adds around the data (rows and columns of empty cells) is left out.
public struct CSVInput: Sendable {
    public let file: String
    public let header: [String]
    public let rows: [(line: Int, fields: [String])]
    public let delimiter: Character
    /// What was done to read the file that its author should know, said once each.
    public var notices: [InputNotice] = []

    /// The largest file Tavle imports; a list of schools is far smaller.
    public static let sizeLimit = 10 << 20

    public static func read(_ data: Data, file: String) throws(ImportProblem) -> CSVInput {
        guard data.count <= sizeLimit else { throw .tooLarge(file: file, bytes: data.count, limit: sizeLimit) }
        var bytes = [UInt8](data)
        // An Excel workbook (a zip) or an old binary .xls, not a CSV file.
        if let kind = SpreadsheetKind(bytes) { throw .spreadsheet(file: file, kind: kind) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var notices: [InputNotice] = []
        let text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else if let latin = String(data: Data(bytes), encoding: .windowsCP1252) {
            text = latin
            notices.append(.readAsWindows1252(file: file))
        } else {
            throw .notUTF8(file: file, line: firstInvalidLine(bytes))
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .empty(file: file) }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let delimiter: Character = outsideQuotes(firstLine, ";") >= outsideQuotes(firstLine, ",") && outsideQuotes(firstLine, ";") > 0 ? ";" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter.unicodeScalars.first!)
        } catch {
            throw .malformed(file: file, line: 1, detail: "\(error)")
        }
        var header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        // Columns a spreadsheet formatted to the right of the data: no heading, and (checked per row) no values.
        let blankColumns = header.reversed().prefix { $0.isEmpty }.count
        if blankColumns > 0, blankColumns < header.count {
            header.removeLast(blankColumns)
            notices.append(.blankColumnsIgnored(file: file, count: blankColumns))
        }
        var seen = Set<String>()
        for h in header where !h.isEmpty {
            guard seen.insert(h.lowercased()).inserted else { throw .duplicateColumn(file: file, column: h) }
        }
        var line = 2 + header.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
        var rows: [(Int, [String])] = []
        var blankRows = 0
        while let row = reader.next() {
            let breaks = row.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                // ";;;;;;": a row of empty cells that a spreadsheet kept because they were formatted.
                if row.count > 1 { blankRows += 1 }
            } else {
                try check(row, header: header, file: file, line: line)
                rows.append((line, row.map(unprotect)))
            }
            line += 1 + breaks
        }
        if let error = reader.error { throw .malformed(file: file, line: line, detail: "\(error)") }
        guard !rows.isEmpty else { throw .onlyHeader(file: file) }
        if blankRows > 0 { notices.append(.blankRowsIgnored(file: file, count: blankRows)) }
        var input = CSVInput(file: file, header: header, rows: rows, delimiter: delimiter)
        input.notices = notices
        return input
    }

    /// A row may not be longer than the header (unless the extra cells are empty, as a spreadsheet leaves them),
    /// nor hold a control character.
    static func check(_ row: [String], header: [String], file: String, line: Int) throws(ImportProblem) {
        if row.count > header.count, row[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw .tooManyFields(file: file, line: line, fields: row.count, header: header.count)
        }
        for (i, field) in row.enumerated() {
            if let bad = field.unicodeScalars.first(where: { !TextRules.allowed($0, multiline: true) }) {
                throw .row(file: file, line: line, column: i < header.count ? header[i] : String(i + 1), message: .controlCharacter(bad.value))
            }
        }
    }

    /// A cell Tavle exported as text to keep a spreadsheet from reading it as a formula ("'=…") reads back as it was.
    static func unprotect(_ field: String) -> String {
        guard field.hasPrefix("'"), let next = field.dropFirst().first, "=+-@".contains(next) else { return field }
        return String(field.dropFirst())
    }

    static func outsideQuotes(_ s: Substring, _ c: Character) -> Int {
        var inQuotes = false, n = 0
        for ch in s {
            if ch == "\"" { inQuotes.toggle() } else if ch == c, !inQuotes { n += 1 }
        }
        return n
    }

    /// The line of the first byte that is not UTF-8.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let n = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard n > 0, i + n <= bytes.count, (1..<n).allSatisfy({ bytes[i + $0] >> 6 == 0b10 }),
                  String(validating: bytes[i..<(i + n)], as: UTF8.self) != nil else { return line }
            if b == 10 { line += 1 }
            i += n
        }
        return line
    }
}

/// Why a file cannot be imported at all, or a row is wrong.
public enum ImportProblem: Error, Equatable, Sendable {
    case empty(file: String)
    /// An Excel workbook rather than a CSV file.
    case spreadsheet(file: String, kind: SpreadsheetKind)
    case onlyHeader(file: String)
    case notUTF8(file: String, line: Int)
    case tooLarge(file: String, bytes: Int, limit: Int)
    case malformed(file: String, line: Int, detail: String)
    case missingColumn(file: String, column: String)
    case duplicateColumn(file: String, column: String)
    case tooManyFields(file: String, line: Int, fields: Int, header: Int)
    /// `file:line: column: message`
    case row(file: String, line: Int, column: String, message: RowProblem)
}

/// What reading a file did that its author should know.
public enum InputNotice: Equatable, Sendable {
    case readAsWindows1252(file: String)
    case blankRowsIgnored(file: String, count: Int)
    case blankColumnsIgnored(file: String, count: Int)
}

/// What is wrong with a cell, before any meaning is read into it.
public enum RowProblem: Equatable, Sendable {
    case controlCharacter(UInt32)
    /// A period or a first treated period that is not a whole number.
    case notWhole(String)
    /// An outcome that is not a number.
    case notNumber(String)
}

/// A spreadsheet program's own file, recognised by its first bytes, so the refusal can say how to save it as CSV.
public enum SpreadsheetKind: Sendable, Equatable {
    /// An OpenDocument spreadsheet (LibreOffice Calc's .ods): a zip whose first entry names its type.
    case openDocument
    /// An Excel workbook (.xlsx): any other zip.
    case excelWorkbook
    /// An old binary Excel file (.xls).
    case excelBinary

    init?(_ bytes: [UInt8]) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { self = .excelBinary; return }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        let head = String(decoding: bytes.prefix(128), as: UTF8.self)
        self = head.contains("application/vnd.oasis.opendocument") ? .openDocument : .excelWorkbook
    }
}
