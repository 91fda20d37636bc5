import Domain
import Foundation

/// The schema of a shared log, version by version. `tavle db init` applies the versions a database lacks, in
/// order, each in one transaction; the README's "PostgreSQL" section documents every table, function and role.
enum Schema {
    static let current = 5

    /// The scripts that bring a database at `version` to the current one.
    static func upgrades(from version: Int) -> [String] {
        (version < 2 ? version2 : []) + (version < 3 ? version3 : []) + (version < 4 ? version4 : [])
            + (version < 5 ? version5 : [])
    }
    static let memberRole = "tavle_member"

    /// What version 1 creates: the tables, then the functions (SchemaFunctions.swift, SchemaRules.swift),
    /// then the role and its rights.
    static func version1(logID: String, header: [UInt8], headerCRC: UInt32) -> [String] {
        [tables, crcFunctions, rules, appendFunction, copyFunctions, guards, rights,
         "INSERT INTO tavle.head (log_id, header, header_crc, last_crc, byte_end) VALUES ('\(logID)', '\\x\(hex(header))', \(headerCRC), \(headerCRC), \(header.count))",
         "INSERT INTO tavle.schema_version (version) VALUES (1)"]
    }

    static let tables = """
    CREATE TABLE tavle.schema_version (version int PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now());

    -- The log's first line and where it stands: one row, which every append locks.
    CREATE TABLE tavle.head (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        log_id text NOT NULL,
        header bytea NOT NULL,
        header_crc bigint NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        last_crc bigint NOT NULL,
        byte_end bigint NOT NULL,
        last_at timestamptz
    );

    -- Every record as the exact line the file log would hold, with what the checks need beside it.
    CREATE TABLE tavle.records (
        seq bigint PRIMARY KEY,
        line bytea NOT NULL,
        byte_end bigint NOT NULL UNIQUE,
        crc bigint NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        type text NOT NULL,
        batch uuid NOT NULL
    );
    CREATE INDEX records_batch ON tavle.records (batch);

    -- Kept by the append function from the events it appends, for its own checks.
    CREATE TABLE tavle.people (name text PRIMARY KEY, role text NOT NULL);
    CREATE TABLE tavle.caseload (programme text, school text, consultant text NOT NULL, PRIMARY KEY (programme, school));
    CREATE TABLE tavle.follow_ups (id text PRIMARY KEY, programme text NOT NULL, school text NOT NULL);
    """

    /// CRC-32C, byte at a time, with the table Tavle itself uses; chained as the log chains it.
    static var crcFunctions: String {
        let table = CRC32C.byteTable.map(String.init).joined(separator: ",")
        return """
        CREATE FUNCTION tavle.crc32c(seed bigint, data bytea) RETURNS bigint
        LANGUAGE plpgsql IMMUTABLE STRICT AS $$
        DECLARE
            t CONSTANT bigint[] := '{\(table)}';
            c bigint := seed # 4294967295;
        BEGIN
            FOR i IN 0 .. length(data) - 1 LOOP
                c := t[((c # get_byte(data, i)) & 255) + 1] # (c >> 8);
            END LOOP;
            RETURN c # 4294967295;
        END $$;

        -- A record's checksum: CRC-32C over the previous checksum's four big-endian bytes, then the line.
        CREATE FUNCTION tavle.crc_chained(previous bigint, body bytea) RETURNS bigint
        LANGUAGE sql IMMUTABLE STRICT AS $$
            SELECT tavle.crc32c(tavle.crc32c(0, int4send(previous::bit(32)::int)), body)
        $$;
        """
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var s = ""
        s.reserveCapacity(bytes.count * 2)
        for b in bytes { s.append(digits[Int(b >> 4)]); s.append(digits[Int(b & 15)]) }
        return s
    }
}

extension Schema {
    /// A script as single statements (the extended protocol takes one at a time): split at semicolons outside
    /// quotes, comments and `$$` bodies.
    static func statements(_ script: String) -> [String] {
        var out: [String] = [], current = ""
        var inDollar = false, inQuote = false, inComment = false
        let chars = Array(script)
        var i = 0
        while i < chars.count {
            let c = chars[i], next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if inComment {
                if c == "\n" { inComment = false }
            } else if inDollar {
                if c == "$", next == "$" { inDollar = false; current += "$$"; i += 2; continue }
            } else if inQuote {
                if c == "'" { inQuote = false }
            } else if c == "-", next == "-" {
                inComment = true
            } else if c == "$", next == "$" {
                inDollar = true; current += "$$"; i += 2; continue
            } else if c == "'" {
                inQuote = true
            } else if c == ";" {
                let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !s.isEmpty { out.append(s) }
                current = ""; i += 1; continue
            }
            if !inComment { current.append(c) }
            i += 1
        }
        let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !s.isEmpty { out.append(s) }
        return out
    }
}
