/// The functions a shared log is written through. Members may call `tavle.append` and nothing else; the
/// checks in it hold for psql as much as for Tavle.
extension Schema {
    /// Append: one batch of lines after the record numbered `expected`, all or nothing. SQLSTATEs: TV001 another
    /// writer got there first; TV002 a line written as someone else; TV003 not a person in the log; TV004 not
    /// allowed for this role; TV005 not the writer's school; TV006 the writer's clock is off; TV007 time going
    /// back; TV008 a line that does not continue the log (malformed, wrong number, broken chain).
    static let appendFunction = """
    CREATE FUNCTION tavle.append(expected bigint, batch uuid, lines bytea[]) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tavle, pg_catalog, pg_temp AS $$
    DECLARE
        h tavle.head%ROWTYPE;
        who text := session_user;
        line bytea; n int; body bytea; j jsonb; crc bigint; declared bigint; t timestamptz; number bigint;
    BEGIN
        SELECT * INTO h FROM tavle.head FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the log has no header: run tavle db init' USING ERRCODE = 'TV008';
        END IF;
        -- A batch that already landed (its answer was lost on the way back) is not written twice.
        -- Looked up through the batch index, never by walking the records back from the newest.
        WITH landed AS MATERIALIZED (SELECT r.seq FROM tavle.records r WHERE r.batch = append.batch)
        SELECT max(seq) INTO number FROM landed;
        IF number IS NOT NULL THEN RETURN number; END IF;
        IF h.last_seq <> expected THEN
            RAISE EXCEPTION 'the log is at record %, not %', h.last_seq, expected USING ERRCODE = 'TV001';
        END IF;
        FOREACH line IN ARRAY lines LOOP
            n := length(line);
            IF n < 20 THEN
                RAISE EXCEPTION 'record % is not a complete line', h.last_seq + 1 USING ERRCODE = 'TV008';
            END IF;
            IF get_byte(line, n - 1) <> 10 OR substring(line FROM n - 18 FOR 8) <> '\\x2c22637263223a22'::bytea THEN
                RAISE EXCEPTION 'record % is not a complete line', h.last_seq + 1 USING ERRCODE = 'TV008';
            END IF;
            body := substring(line FROM 1 FOR n - 19);
            declared := ('x' || convert_from(substring(line FROM n - 10 FOR 8), 'UTF8'))::bit(32)::bigint;
            crc := tavle.crc_chained(h.last_crc, body);
            IF crc <> declared THEN
                RAISE EXCEPTION 'record % does not continue the checksum chain', h.last_seq + 1 USING ERRCODE = 'TV008';
            END IF;
            j := convert_from(line, 'UTF8')::jsonb;
            IF (j->>'seq')::bigint IS DISTINCT FROM h.last_seq + 1 THEN
                RAISE EXCEPTION 'record % is numbered %', h.last_seq + 1, j->>'seq' USING ERRCODE = 'TV008';
            END IF;
            IF j->>'by' IS DISTINCT FROM who THEN
                RAISE EXCEPTION '% may not write as %', who, j->>'by' USING ERRCODE = 'TV002';
            END IF;
            t := (j->>'at')::timestamptz;
            IF abs(extract(epoch FROM t - clock_timestamp())) > 60 THEN
                RAISE EXCEPTION 'the writer''s clock is % s off the server''s', round(extract(epoch FROM t - clock_timestamp()))
                    USING ERRCODE = 'TV006';
            END IF;
            IF h.last_at IS NOT NULL AND t < h.last_at THEN
                RAISE EXCEPTION 'record % is dated before record %', h.last_seq + 1, h.last_seq USING ERRCODE = 'TV007';
            END IF;
            PERFORM tavle.check_rules(who, j->>'type', j);
            h.last_seq := h.last_seq + 1;
            h.byte_end := h.byte_end + n;
            INSERT INTO tavle.records VALUES (h.last_seq, line, h.byte_end, crc, who, t, j->>'type', batch);
            PERFORM tavle.remember(j->>'type', j);
            h.last_crc := crc;
            h.last_at := t;
        END LOOP;
        UPDATE tavle.head SET last_seq = h.last_seq, last_crc = h.last_crc, byte_end = h.byte_end, last_at = h.last_at;
        PERFORM pg_notify('tavle', h.last_seq::text);
        RETURN h.last_seq;
    END $$;
    """

    /// Moving a log in: the owner (never a member) replaces an empty log's header with a file's, then adds its
    /// lines as they are. Tavle has checked every line's chain before; these check numbering and offsets.
    static let copyFunctions = """
    CREATE FUNCTION tavle.copy_header(log text, header bytea, header_crc bigint) RETURNS void
    LANGUAGE plpgsql SET search_path = tavle, pg_catalog, pg_temp AS $$
    BEGIN
        PERFORM 1 FROM tavle.head FOR UPDATE;
        IF EXISTS (SELECT 1 FROM tavle.records) THEN
            RAISE EXCEPTION 'the log already holds records' USING ERRCODE = 'TV001';
        END IF;
        UPDATE tavle.head SET log_id = log, header = copy_header.header, header_crc = copy_header.header_crc,
            last_crc = copy_header.header_crc, byte_end = length(copy_header.header), last_seq = 0, last_at = NULL;
    END $$;

    CREATE FUNCTION tavle.copy_lines(expected bigint, lines bytea[], crcs bigint[]) RETURNS bigint
    LANGUAGE plpgsql SET search_path = tavle, pg_catalog, pg_temp AS $$
    DECLARE
        h tavle.head%ROWTYPE; j jsonb;
    BEGIN
        SELECT * INTO h FROM tavle.head FOR UPDATE;
        IF h.last_seq <> expected THEN
            RAISE EXCEPTION 'the log is at record %, not %', h.last_seq, expected USING ERRCODE = 'TV001';
        END IF;
        FOR i IN 1 .. coalesce(array_length(lines, 1), 0) LOOP
            j := convert_from(lines[i], 'UTF8')::jsonb;
            IF (j->>'seq')::bigint IS DISTINCT FROM h.last_seq + 1 THEN
                RAISE EXCEPTION 'record % is numbered %', h.last_seq + 1, j->>'seq' USING ERRCODE = 'TV008';
            END IF;
            h.last_seq := h.last_seq + 1;
            h.byte_end := h.byte_end + length(lines[i]);
            -- Each copied line its own batch, as it was its own write: the batch index stays selective.
            INSERT INTO tavle.records VALUES (h.last_seq, lines[i], h.byte_end, crcs[i], j->>'by', (j->>'at')::timestamptz, j->>'type',
                                              gen_random_uuid());
            PERFORM tavle.remember(j->>'type', j);
            h.last_crc := crcs[i];
            h.last_at := (j->>'at')::timestamptz;
        END LOOP;
        UPDATE tavle.head SET last_seq = h.last_seq, last_crc = h.last_crc, byte_end = h.byte_end, last_at = h.last_at;
        PERFORM pg_notify('tavle', h.last_seq::text);
        RETURN h.last_seq;
    END $$;
    """

    /// Records are never changed or removed, by anyone: history is appended to, never rewritten.
    static let guards = """
    CREATE FUNCTION tavle.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'records are never changed or removed; undo appends a compensating record' USING ERRCODE = 'TV009';
    END $$;
    CREATE TRIGGER records_never_change BEFORE UPDATE OR DELETE ON tavle.records
        FOR EACH ROW EXECUTE FUNCTION tavle.refuse_change();
    CREATE TRIGGER records_never_truncated BEFORE TRUNCATE ON tavle.records
        FOR EACH STATEMENT EXECUTE FUNCTION tavle.refuse_change();
    """

    /// Members read and append; nothing else. Functions are created executable by everyone, so that is taken back.
    static let rights = """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(memberRole)') THEN CREATE ROLE \(memberRole) NOLOGIN; END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- another database's init made it at the same moment
    END $$;
    REVOKE ALL ON SCHEMA tavle FROM PUBLIC;
    REVOKE ALL ON ALL TABLES IN SCHEMA tavle FROM PUBLIC;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA tavle FROM PUBLIC;
    GRANT USAGE ON SCHEMA tavle TO \(memberRole);
    GRANT SELECT ON tavle.head, tavle.records, tavle.people, tavle.caseload, tavle.follow_ups, tavle.schema_version TO \(memberRole);
    GRANT EXECUTE ON FUNCTION tavle.append(bigint, uuid, bytea[]) TO \(memberRole);
    """
}
