import Domain

/// The one spelling of a line, checked by the server exactly as Tavle's reader checks it: the shapes of every kind of
/// record (`EventShape`) as rows, and a function that spells the record a line holds again, field by field, and
/// compares bytes. PostgreSQL's `jsonb` keeps the last of two equal keys and forgets order and spacing; comparing
/// with the one spelling makes that irrelevant.
extension Schema {
    /// The shapes as data: the envelope under type '*', then every kind's fields in order.
    static var shapeRows: String {
        func row(_ type: String, _ pos: Int, _ f: FieldShape) -> String {
            var kind = "", codes = "NULL", lo = "NULL", hi = "NULL"
            switch f.kind {
            case .int(let r): kind = "int"; lo = String(r.lowerBound); hi = String(r.upperBound)
            case .timestamp: kind = "timestamp"
            case .day: kind = "day"
            case .clock: kind = "clock"
            case .code(let words): kind = "code"; codes = "ARRAY[" + words.map { "'\($0)'" }.joined(separator: ",") + "]::text[]"
            case .municipality: kind = "municipality"
            case .id: kind = "id"
            case .line: kind = "line"
            case .text: kind = "text"
            case .ids: kind = "ids"
            case .lines: kind = "lines"
            case .decimal: kind = "decimal"
            case .period: kind = "period"
            case .periods: kind = "periods"
            }
            return "('\(type)', \(pos), '\(f.key)', '\(kind)', \(f.optional), \(codes), \(lo), \(hi))"
        }
        var rows = EventShape.envelope.enumerated().map { row("*", $0.offset, $0.element) }
        var kinds: [String] = []
        for t in EventType.allCases {
            let shape = EventShape.of(t)
            rows += shape.fields.enumerated().map { row(t.rawValue, $0.offset, $0.element) }
            let pair = shape.pairedLists.map { "'\($0.0)', '\($0.1)'" } ?? "NULL, NULL"
            kinds.append("('\(t.rawValue)', '\(shape.writer.rawValue)', \(shape.identity.map { "'\($0)'" } ?? "NULL"), \(pair))")
        }
        return """
        DELETE FROM tavle.shapes;
        DELETE FROM tavle.kinds;
        INSERT INTO tavle.shapes (type, pos, key, kind, optional, codes, lo, hi) VALUES
        \(rows.joined(separator: ",\n"));
        INSERT INTO tavle.kinds (type, writer, identity, paired_a, paired_b) VALUES
        \(kinds.joined(separator: ",\n"));
        """
    }

    static let shapeTables = """
    CREATE TABLE tavle.shapes (type text, pos int, key text NOT NULL, kind text NOT NULL, optional boolean NOT NULL,
                               codes text[], lo numeric, hi numeric, PRIMARY KEY (type, pos));
    CREATE TABLE tavle.kinds (type text PRIMARY KEY, writer text NOT NULL, identity text, paired_a text, paired_b text);
    """

    /// A string as `RecordWriter` writes it; a value as its kind spells it (NULL when it is not of its kind);
    /// and the whole line's problem, or NULL when it is spelled exactly as Tavle writes it.
    static var canonicalFunctions: String {
        #"""
        CREATE OR REPLACE FUNCTION tavle.json_string(s text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE STRICT AS $$
        DECLARE
            o text := s;
        BEGIN
            o := replace(o, E'\\', E'\\\\');
            o := replace(o, '"', E'\\"');
            o := replace(o, E'\n', E'\\n');
            o := replace(o, E'\r', E'\\r');
            o := replace(o, E'\t', E'\\t');
            IF o ~ '[\x01-\x1f]' THEN
                FOR c IN 1 .. 31 LOOP
                    IF c NOT IN (9, 10, 13) THEN o := replace(o, chr(c), E'\\u00' || lpad(to_hex(c), 2, '0')); END IF;
                END LOOP;
            END IF;
            RETURN '"' || o || '"';
        END $$;

        CREATE OR REPLACE FUNCTION tavle.is_day(s text) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE STRICT AS $$
        DECLARE
            y int; m int; d int;
        BEGIN
            IF s !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN RETURN false; END IF;
            y := substr(s, 1, 4)::int; m := substr(s, 6, 2)::int; d := substr(s, 9, 2)::int;
            IF y < 1 OR m < 1 OR m > 12 OR d < 1 THEN RETURN false; END IF;
            RETURN d <= CASE WHEN m = 2 THEN CASE WHEN (y % 4 = 0 AND y % 100 <> 0) OR y % 400 = 0 THEN 29 ELSE 28 END
                             WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END;
        END $$;

        CREATE OR REPLACE FUNCTION tavle.is_period(s text) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE STRICT AS $$
        BEGIN
            IF s ~ '^[0-9]{4}$' THEN RETURN s::int >= 1900; END IF;
            IF s ~ '^[0-9]{4}/[0-9]{2}$' THEN
                RETURN substr(s, 1, 4)::int >= 1900 AND substr(s, 6, 2)::int = (substr(s, 1, 4)::int + 1) % 100;
            END IF;
            RETURN tavle.is_day(s) AND substr(s, 1, 4)::int >= 1900;
        END $$;

        CREATE OR REPLACE FUNCTION tavle.spell(kind text, codes text[], v jsonb) RETURNS text
        LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            s text; n numeric; item jsonb; parts text[] := '{}';
        BEGIN
            IF kind = 'int' THEN
                IF jsonb_typeof(v) <> 'number' THEN RETURN NULL; END IF;
                n := v::numeric;
                IF n <> trunc(n) OR abs(n) >= 1e18 THEN RETURN NULL; END IF;
                RETURN n::bigint::text;
            END IF;
            IF kind IN ('ids', 'lines', 'periods') THEN
                IF jsonb_typeof(v) <> 'array' THEN RETURN NULL; END IF;
                FOR item IN SELECT e FROM jsonb_array_elements(v) e LOOP
                    IF jsonb_typeof(item) <> 'string' THEN RETURN NULL; END IF;
                    IF kind = 'periods' AND NOT tavle.is_period(item #>> '{}') THEN RETURN NULL; END IF;
                    parts := parts || tavle.json_string(item #>> '{}');
                END LOOP;
                RETURN '[' || array_to_string(parts, ',') || ']';
            END IF;
            IF jsonb_typeof(v) <> 'string' THEN RETURN NULL; END IF;
            s := v #>> '{}';
            IF kind = 'timestamp' THEN
                IF s !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{3}Z$'
                   OR NOT tavle.is_day(substr(s, 1, 10)) THEN RETURN NULL; END IF;
            ELSIF kind = 'day' THEN
                IF NOT tavle.is_day(s) THEN RETURN NULL; END IF;
            ELSIF kind = 'clock' THEN
                IF s !~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' THEN RETURN NULL; END IF;
            ELSIF kind = 'code' THEN
                IF NOT (s = ANY (codes)) THEN RETURN NULL; END IF;
            ELSIF kind = 'decimal' THEN
                IF s !~ '^-?(0|[1-9][0-9]{0,11})(\.[0-9]{0,3}[1-9])?$' OR s = '-0' THEN RETURN NULL; END IF;
            ELSIF kind = 'period' THEN
                IF NOT tavle.is_period(s) THEN RETURN NULL; END IF;
            ELSIF kind = 'municipality' THEN
                IF s !~ '^([0-9]{3}|[1-9][0-9]{3})$' THEN RETURN NULL; END IF;
            END IF;
            RETURN tavle.json_string(s);
        END $$;

        CREATE OR REPLACE FUNCTION tavle.line_problem(line bytea) RETURNS text
        LANGUAGE plpgsql STABLE SET search_path = tavle, pg_catalog, pg_temp AS $$
        DECLARE
            n int := length(line); txt text; j jsonb; k tavle.kinds%ROWTYPE; f tavle.shapes%ROWTYPE;
            v jsonb; spelled text; o text := '{'; tail text;
        BEGIN
            IF n > \#(LogFormat.recordLimit) THEN RETURN 'it is longer than \#(LogFormat.recordLimit) bytes'; END IF;
            IF n < 20 OR get_byte(line, n - 1) <> 10 THEN RETURN 'it is not a complete line'; END IF;
            BEGIN
                txt := convert_from(line, 'UTF8');
            EXCEPTION WHEN others THEN
                RETURN 'it is not UTF-8';
            END;
            tail := right(txt, 19);
            IF tail !~ '^,"crc":"[0-9a-f]{8}"}\n$' THEN RETURN 'it does not end in its checksum'; END IF;
            BEGIN
                j := txt::jsonb;
            EXCEPTION WHEN others THEN
                RETURN 'it is not JSON';
            END;
            IF jsonb_typeof(j) <> 'object' OR jsonb_typeof(j->'type') IS DISTINCT FROM 'string' THEN RETURN 'it has no type'; END IF;
            SELECT * INTO k FROM tavle.kinds WHERE type = j->>'type';
            IF NOT FOUND THEN RETURN format('%s is not a kind of record this log holds', j->>'type'); END IF;
            IF j->'v' IS DISTINCT FROM '\#(Recorded.currentVersion)'::jsonb THEN
                RETURN format('version %s is not the version this log holds (\#(Recorded.currentVersion))', j->'v');
            END IF;
            FOR f IN SELECT * FROM tavle.shapes s WHERE s.type IN ('*', k.type) ORDER BY s.type = k.type, s.pos LOOP
                v := j -> f.key;
                IF v IS NULL THEN
                    IF f.optional THEN CONTINUE; END IF;
                    RETURN format('it has no %s', f.key);
                END IF;
                spelled := tavle.spell(f.kind, f.codes, v);
                IF spelled IS NULL THEN RETURN format('its %s is not a valid %s', f.key, f.kind); END IF;
                IF f.kind = 'int' AND f.key IN (\#(EventShape.rangesReadChecks.map { "'\($0)'" }.joined(separator: ", ")))
                   AND (v::numeric < f.lo OR v::numeric > f.hi) THEN
                    RETURN format('its %s is not from %s to %s', f.key, f.lo, f.hi);
                END IF;
                o := o || CASE WHEN o = '{' THEN '' ELSE ',' END || '"' || f.key || '":' || spelled;
            END LOOP;
            IF k.paired_a IS NOT NULL AND jsonb_array_length(j -> k.paired_a) <> jsonb_array_length(j -> k.paired_b) THEN
                RETURN format('its %s and %s differ in length', k.paired_a, k.paired_b);
            END IF;
            -- An indicator's target kind goes with its values, neither without the other, as the reader has it.
            IF k.type IN ('\#(EventType.indicatorDefined.rawValue)', '\#(EventType.indicatorChanged.rawValue)')
               AND (j ? 'targetKind') <> (j ? 'schoolTarget' OR j ? 'programmeTarget') THEN
                RETURN 'its targetKind and its targets go together';
            END IF;
            IF convert_to(o || tail, 'UTF8') <> line THEN
                RETURN 'it is not spelled as Tavle writes it (a repeated or reordered key, spacing, or another spelling of a value)';
            END IF;
            RETURN NULL;
        END $$;
        """#
    }
}
