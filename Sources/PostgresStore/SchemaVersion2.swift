/// Version 2 of a shared log's schema: the server refuses every line Tavle's reader would refuse, and applies the
/// rules `decide` applies to who writes what (`EventShape`'s writer and identity, ranges, text, attendance), from the
/// same description. Applied by `tavle db init` to a new database after version 1, or to a version-1 database as an
/// upgrade (its records are read once to fill the new tables).
extension Schema {
    static var version2: [String] {
        [shapeTables, v2Tables, shapeRows, canonicalFunctions, v2Functions, recordRules, appendFunction2, copyLines2, v2Backfill,
         "DROP FUNCTION tavle.check_rules(text, text, jsonb)",
         "GRANT SELECT ON tavle.shapes, tavle.kinds TO \(memberRole)",
         "INSERT INTO tavle.schema_version (version) VALUES (2)"]
    }

    static let v2Tables = """
    -- Which records are undone (by which undo), which records concern a meeting, clusters' programmes and
    -- placements: kept by the append function for its checks, never changed by an undo (lookups skip undone rows).
    CREATE TABLE tavle.undone (seq bigint PRIMARY KEY, by_seq bigint NOT NULL);
    CREATE TABLE tavle.meeting_records (meeting text NOT NULL, seq bigint NOT NULL, PRIMARY KEY (meeting, seq));
    CREATE TABLE tavle.clusters (id text PRIMARY KEY, programme text NOT NULL);
    CREATE TABLE tavle.placements (school text NOT NULL, seq bigint NOT NULL, cluster text NOT NULL, PRIMARY KEY (school, seq));
    """

    static let v2Functions = """
    CREATE OR REPLACE FUNCTION tavle.is_undone(number bigint) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = tavle, pg_catalog, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM tavle.undone u WHERE u.seq = number)
    $$;

    CREATE FUNCTION tavle.remember_more(number bigint, kind text, j jsonb) RETURNS void
    LANGUAGE plpgsql SET search_path = tavle, pg_catalog, pg_temp AS $$
    BEGIN
        IF kind = 'undone' THEN
            INSERT INTO tavle.undone VALUES ((j->>'undoes')::bigint, number) ON CONFLICT DO NOTHING;
        ELSIF kind IN ('meeting.scheduled', 'meeting.moved', 'meeting.cancelled', 'meeting.held') THEN
            INSERT INTO tavle.meeting_records VALUES (j->>'meeting', number) ON CONFLICT DO NOTHING;
        ELSIF kind = 'cluster.formed' THEN
            INSERT INTO tavle.clusters VALUES (j->>'cluster', j->>'programme') ON CONFLICT DO NOTHING;
        ELSIF kind = 'cluster.school-placed' THEN
            INSERT INTO tavle.placements VALUES (j->>'school', number, j->>'cluster') ON CONFLICT DO NOTHING;
        END IF;
    END $$;
    """

    /// The records a version-1 database already holds, read once into the new tables.
    static let v2Backfill = """
    DO $$
    DECLARE r record;
    BEGIN
        FOR r IN SELECT seq, type, convert_from(line, 'UTF8')::jsonb AS j FROM tavle.records
                 WHERE type IN ('undone', 'meeting.scheduled', 'meeting.moved', 'meeting.cancelled', 'meeting.held',
                                'cluster.formed', 'cluster.school-placed') ORDER BY seq LOOP
            PERFORM tavle.remember_more(r.seq, r.type, r.j);
        END LOOP;
    END $$;
    """

    /// Who may write a record, and what it may hold, by the kind's row in `tavle.kinds` and its fields' in
    /// `tavle.shapes`. SQLSTATEs as the append function's, and TV010 a value out of its range or text with a control
    /// character, TV011 a rating by someone who was not at the meeting, or before it ended.
    static let recordRules = #"""
    CREATE OR REPLACE FUNCTION tavle.check_record(who text, j jsonb, t timestamptz) RETURNS void
    LANGUAGE plpgsql SET search_path = tavle, pg_catalog, pg_temp AS $$
    DECLARE
        rtype text := j->>'type'; k tavle.kinds%ROWTYPE; f tavle.shapes%ROWTYPE; r text; p text; s text; owner text;
        n numeric; line_bad CONSTANT text := '[\x01-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\#(Schema.invisibleClass)]';
        text_bad CONSTANT text := '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]';
        mr record; mj jsonb; m_programme text; m_day text; m_end text; m_status text := NULL;
        m_consultants jsonb; m_schools jsonb; m_clusters jsonb; m_attendance jsonb; m_members text[];
    BEGIN
        SELECT * INTO k FROM tavle.kinds WHERE type = rtype;
        FOR f IN SELECT * FROM tavle.shapes WHERE type = rtype ORDER BY pos LOOP
            CONTINUE WHEN j -> f.key IS NULL;
            IF f.kind = 'int' THEN
                n := (j ->> f.key)::numeric;
                IF n < f.lo OR n > f.hi THEN
                    RAISE EXCEPTION '% is %, not from % to %', f.key, n, f.lo, f.hi USING ERRCODE = 'TV010';
                END IF;
            ELSIF f.kind IN ('ids', 'lines') THEN
                IF EXISTS (SELECT 1 FROM jsonb_array_elements_text(j -> f.key) e WHERE e ~ line_bad) THEN
                    RAISE EXCEPTION '% holds a control or invisible character', f.key USING ERRCODE = 'TV010';
                END IF;
                IF EXISTS (SELECT 1 FROM jsonb_array_elements_text(j -> f.key) e WHERE e IS NOT NFC NORMALIZED) THEN
                    RAISE EXCEPTION '% is not in composed form (NFC)', f.key USING ERRCODE = 'TV010';
                END IF;
            ELSIF f.kind IN ('id', 'line') AND (j ->> f.key) ~ line_bad OR f.kind = 'text' AND (j ->> f.key) ~ text_bad THEN
                RAISE EXCEPTION '% holds a control or invisible character', f.key USING ERRCODE = 'TV010';
            ELSIF f.kind IN ('id', 'line', 'text') AND (j ->> f.key) IS NOT NFC NORMALIZED THEN
                RAISE EXCEPTION '% is not in composed form (NFC)', f.key USING ERRCODE = 'TV010';
            END IF;
        END LOOP;
        IF NOT EXISTS (SELECT 1 FROM tavle.people) THEN
            -- A new log's first record registers its writer, as its coordinator.
            IF rtype = 'person.registered' AND j->>'person' = who AND j->>'role' = 'coordinator' THEN RETURN; END IF;
            RAISE EXCEPTION 'the first record of a new log registers % as its coordinator', who USING ERRCODE = 'TV003';
        END IF;
        SELECT role INTO r FROM tavle.people WHERE name = who;
        IF NOT FOUND THEN
            RAISE EXCEPTION '% is not a person in this log', who USING ERRCODE = 'TV003';
        END IF;
        IF k.identity IS NOT NULL AND j->>k.identity IS DISTINCT FROM who THEN
            RAISE EXCEPTION '% may not record % as %', who, k.identity, j->>k.identity USING ERRCODE = 'TV002';
        END IF;
        CASE k.writer
        WHEN 'ownRecord' THEN
            SELECT actor INTO owner FROM tavle.records WHERE seq = (j->>'undoes')::bigint;
            IF owner IS DISTINCT FROM who THEN
                RAISE EXCEPTION '% may undo only their own records', who USING ERRCODE = 'TV004';
            END IF;
            IF tavle.is_undone((j->>'undoes')::bigint) THEN
                RAISE EXCEPTION 'record % is undone already', j->>'undoes' USING ERRCODE = 'TV004';
            END IF;
            IF (SELECT type FROM tavle.records WHERE seq = (j->>'undoes')::bigint) = 'undone' THEN
                RAISE EXCEPTION 'an undo is not undone' USING ERRCODE = 'TV004';
            END IF;
        WHEN 'coordinator' THEN
            IF r <> 'coordinator' THEN
                RAISE EXCEPTION 'only a coordinator may write %', rtype USING ERRCODE = 'TV004';
            END IF;
        WHEN 'caseload', 'caseloadOfFollowUp' THEN
            IF r <> 'coordinator' THEN
                IF k.writer = 'caseload' THEN
                    p := j->>'programme'; s := j->>'school';
                ELSE
                    SELECT fu.programme, fu.school INTO p, s FROM tavle.follow_ups fu WHERE fu.id = j->>'followUp';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM tavle.caseload c WHERE c.programme = p AND c.school = s AND c.consultant = who) THEN
                    RAISE EXCEPTION '% is not in the caseload of %', coalesce(s, '?'), who USING ERRCODE = 'TV005';
                END IF;
            END IF;
        WHEN 'attendee' THEN
            -- The meeting as its records leave it, undone ones skipped.
            FOR mr IN SELECT rec.type, convert_from(rec.line, 'UTF8')::jsonb AS j FROM tavle.meeting_records x
                      JOIN tavle.records rec ON rec.seq = x.seq
                      WHERE x.meeting = j->>'meeting' AND NOT tavle.is_undone(x.seq) ORDER BY x.seq LOOP
                mj := mr.j;
                IF mr.type = 'meeting.scheduled' THEN
                    m_programme := mj->>'programme'; m_day := mj->>'date'; m_end := mj->>'end'; m_status := 'scheduled';
                    m_consultants := mj->'consultants'; m_schools := mj->'schools'; m_clusters := mj->'clusters';
                ELSIF mr.type = 'meeting.moved' THEN
                    m_day := mj->>'date'; m_end := mj->>'end';
                ELSIF mr.type = 'meeting.cancelled' THEN
                    m_status := 'cancelled';
                ELSIF mr.type = 'meeting.held' THEN
                    m_status := 'held'; m_attendance := mj->'attendance';
                END IF;
            END LOOP;
            IF m_status IS NULL THEN
                RAISE EXCEPTION 'there is no meeting %', j->>'meeting' USING ERRCODE = 'TV011';
            END IF;
            IF m_status = 'cancelled' THEN
                RAISE EXCEPTION 'meeting % was cancelled', j->>'meeting' USING ERRCODE = 'TV011';
            END IF;
            IF (m_day::date + (split_part(m_end, ':', 1)::int * 60 + split_part(m_end, ':', 2)::int) * interval '1 minute')
               AT TIME ZONE 'Europe/Copenhagen' > t THEN
                RAISE EXCEPTION 'meeting % has not ended yet', j->>'meeting' USING ERRCODE = 'TV011';
            END IF;
            -- The meeting's schools: its own, and the members of its clusters (each school's latest placement).
            m_members := ARRAY(SELECT jsonb_array_elements_text(m_schools)) || ARRAY(
                SELECT pl.school FROM (SELECT DISTINCT ON (x.school) x.school, x.cluster FROM tavle.placements x
                                       JOIN tavle.clusters c ON c.id = x.cluster AND c.programme = m_programme
                                       WHERE NOT tavle.is_undone(x.seq) ORDER BY x.school, x.seq DESC) pl
                WHERE pl.cluster IN (SELECT jsonb_array_elements_text(m_clusters)));
            IF r <> 'coordinator' AND NOT m_consultants ? who AND NOT EXISTS (
                SELECT 1 FROM tavle.caseload c WHERE c.programme = m_programme AND c.consultant = who AND c.school = ANY (m_members)) THEN
                RAISE EXCEPTION '% was not at meeting %', who, j->>'meeting' USING ERRCODE = 'TV011';
            END IF;
            IF j ? 'school' AND NOT coalesce(CASE WHEN m_attendance IS NOT NULL THEN m_attendance ? (j->>'school')
                                                  ELSE j->>'school' = ANY (m_members) END, false) THEN
                RAISE EXCEPTION 'school % was not at meeting %', j->>'school', j->>'meeting' USING ERRCODE = 'TV011';
            END IF;
        END CASE;
    END $$;
    """#

    /// Append, as in version 1, with the line's spelling checked first (before its checksum is even computed) and
    /// every record's rules from `check_record`.
    static let appendFunction2 = """
    CREATE OR REPLACE FUNCTION tavle.append(expected bigint, batch uuid, lines bytea[]) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = tavle, pg_catalog, pg_temp AS $$
    DECLARE
        h tavle.head%ROWTYPE;
        who text := session_user;
        line bytea; n int; body bytea; j jsonb; crc bigint; declared bigint; t timestamptz; number bigint; problem text;
    BEGIN
        -- Every line's spelling first, before the head is locked: a bad line costs no other writer a wait.
        FOREACH line IN ARRAY lines LOOP
            problem := tavle.line_problem(line);
            IF problem IS NOT NULL THEN
                RAISE EXCEPTION 'a line is refused: %', problem USING ERRCODE = 'TV008';
            END IF;
        END LOOP;
        SELECT * INTO h FROM tavle.head FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the log has no header: run tavle db init' USING ERRCODE = 'TV008';
        END IF;
        -- A batch that already landed (its answer was lost on the way back) is not written twice.
        WITH landed AS MATERIALIZED (SELECT r.seq FROM tavle.records r WHERE r.batch = append.batch)
        SELECT max(seq) INTO number FROM landed;
        IF number IS NOT NULL THEN RETURN number; END IF;
        IF h.last_seq <> expected THEN
            RAISE EXCEPTION 'the log is at record %, not %', h.last_seq, expected USING ERRCODE = 'TV001';
        END IF;
        FOREACH line IN ARRAY lines LOOP
            n := length(line);
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
            PERFORM tavle.check_record(who, j, t);
            h.last_seq := h.last_seq + 1;
            h.byte_end := h.byte_end + n;
            INSERT INTO tavle.records VALUES (h.last_seq, line, h.byte_end, crc, who, t, j->>'type', batch);
            PERFORM tavle.remember_more(h.last_seq, j->>'type', j);
            PERFORM tavle.remember(j->>'type', j);
            h.last_crc := crc;
            h.last_at := t;
        END LOOP;
        UPDATE tavle.head SET last_seq = h.last_seq, last_crc = h.last_crc, byte_end = h.byte_end, last_at = h.last_at;
        PERFORM pg_notify('tavle', h.last_seq::text);
        RETURN h.last_seq;
    END $$;
    """

    /// Moving a file log in, as in version 1, keeping the new tables too.
    static let copyLines2 = """
    CREATE OR REPLACE FUNCTION tavle.copy_lines(expected bigint, lines bytea[], crcs bigint[]) RETURNS bigint
    LANGUAGE plpgsql SET search_path = tavle, pg_catalog, pg_temp AS $$
    DECLARE
        h tavle.head%ROWTYPE; j jsonb; problem text;
    BEGIN
        SELECT * INTO h FROM tavle.head FOR UPDATE;
        IF h.last_seq <> expected THEN
            RAISE EXCEPTION 'the log is at record %, not %', h.last_seq, expected USING ERRCODE = 'TV001';
        END IF;
        FOR i IN 1 .. coalesce(array_length(lines, 1), 0) LOOP
            problem := tavle.line_problem(lines[i]);
            IF problem IS NOT NULL THEN
                RAISE EXCEPTION 'record % is refused: %', h.last_seq + 1, problem USING ERRCODE = 'TV008';
            END IF;
            j := convert_from(lines[i], 'UTF8')::jsonb;
            IF (j->>'seq')::bigint IS DISTINCT FROM h.last_seq + 1 THEN
                RAISE EXCEPTION 'record % is numbered %', h.last_seq + 1, j->>'seq' USING ERRCODE = 'TV008';
            END IF;
            h.last_seq := h.last_seq + 1;
            h.byte_end := h.byte_end + length(lines[i]);
            -- Each copied line its own batch, as it was its own write: the batch index stays selective.
            INSERT INTO tavle.records VALUES (h.last_seq, lines[i], h.byte_end, crcs[i], j->>'by', (j->>'at')::timestamptz, j->>'type',
                                              gen_random_uuid());
            PERFORM tavle.remember_more(h.last_seq, j->>'type', j);
            PERFORM tavle.remember(j->>'type', j);
            h.last_crc := crcs[i];
            h.last_at := (j->>'at')::timestamptz;
        END LOOP;
        UPDATE tavle.head SET last_seq = h.last_seq, last_crc = h.last_crc, byte_end = h.byte_end, last_at = h.last_at;
        PERFORM pg_notify('tavle', h.last_seq::text);
        RETURN h.last_seq;
    END $$;
    """
}
