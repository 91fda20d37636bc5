/// The coarse rules the append function enforces itself, so that a login cannot get round them with psql:
/// the writer is a person in the log; only coordinators write what only coordinators may; a consultant writes
/// casework only for the schools in their own caseload, and undoes only their own records. Domain's `decide`
/// applies the same rules, and finer ones, before Tavle ever calls the function.
extension Schema {
    static let rules = """
    CREATE FUNCTION tavle.check_rules(who text, kind text, j jsonb) RETURNS void
    LANGUAGE plpgsql SET search_path = tavle, pg_catalog, pg_temp AS $$
    DECLARE
        r text; p text; s text; owner text;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM tavle.people) THEN
            -- A new log's first record registers its writer, as its coordinator.
            IF kind = 'person.registered' AND j->>'person' = who AND j->>'role' = 'coordinator' THEN RETURN; END IF;
            RAISE EXCEPTION 'the first record of a new log registers % as its coordinator', who USING ERRCODE = 'TV003';
        END IF;
        SELECT role INTO r FROM tavle.people WHERE name = who;
        IF NOT FOUND THEN
            RAISE EXCEPTION '% is not a person in this log', who USING ERRCODE = 'TV003';
        END IF;
        IF kind = 'undone' THEN
            SELECT actor INTO owner FROM tavle.records WHERE seq = (j->>'undoes')::bigint;
            IF owner IS DISTINCT FROM who THEN
                RAISE EXCEPTION '% may undo only their own records', who USING ERRCODE = 'TV004';
            END IF;
            RETURN;
        END IF;
        IF r = 'coordinator' OR kind = 'meeting.feedback' THEN RETURN; END IF;
        IF kind IN ('contact.recorded', 'follow-up.agreed', 'intervention.status-set', 'evaluation.recorded') THEN
            p := j->>'programme'; s := j->>'school';
        ELSIF kind IN ('follow-up.done', 'follow-up.moved') THEN
            SELECT f.programme, f.school INTO p, s FROM tavle.follow_ups f WHERE f.id = j->>'followUp';
        ELSE
            RAISE EXCEPTION 'only a coordinator may write %', kind USING ERRCODE = 'TV004';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM tavle.caseload c WHERE c.programme = p AND c.school = s AND c.consultant = who) THEN
            RAISE EXCEPTION '% is not in the caseload of %', coalesce(s, '?'), who USING ERRCODE = 'TV005';
        END IF;
    END $$;

    -- Keeps people, caseloads and follow-ups as the appended records leave them; an undo derives them again.
    CREATE FUNCTION tavle.remember(kind text, j jsonb) RETURNS void
    LANGUAGE plpgsql SET search_path = tavle, pg_catalog, pg_temp AS $$
    DECLARE
        undone tavle.records%ROWTYPE; u jsonb; latest jsonb;
    BEGIN
        CASE kind
        WHEN 'person.registered', 'person.updated' THEN
            INSERT INTO tavle.people VALUES (j->>'person', j->>'role') ON CONFLICT (name) DO UPDATE SET role = excluded.role;
        WHEN 'consultant.assigned' THEN
            INSERT INTO tavle.caseload VALUES (j->>'programme', j->>'school', j->>'consultant')
                ON CONFLICT (programme, school) DO UPDATE SET consultant = excluded.consultant;
        WHEN 'follow-up.agreed' THEN
            INSERT INTO tavle.follow_ups VALUES (j->>'followUp', j->>'programme', j->>'school') ON CONFLICT (id) DO NOTHING;
        WHEN 'undone' THEN
            SELECT * INTO undone FROM tavle.records WHERE seq = (j->>'undoes')::bigint;
            IF NOT FOUND THEN RETURN; END IF;
            u := convert_from(undone.line, 'UTF8')::jsonb;
            IF undone.type IN ('person.registered', 'person.updated') THEN
                SELECT convert_from(r.line, 'UTF8')::jsonb INTO latest FROM tavle.records r
                WHERE r.type IN ('person.registered', 'person.updated') AND convert_from(r.line, 'UTF8')::jsonb->>'person' = u->>'person'
                  AND NOT tavle.is_undone(r.seq) ORDER BY r.seq DESC LIMIT 1;
                DELETE FROM tavle.people WHERE name = u->>'person';
                IF latest IS NOT NULL THEN INSERT INTO tavle.people VALUES (latest->>'person', latest->>'role'); END IF;
            ELSIF undone.type = 'consultant.assigned' THEN
                SELECT convert_from(r.line, 'UTF8')::jsonb INTO latest FROM tavle.records r
                WHERE r.type = 'consultant.assigned' AND convert_from(r.line, 'UTF8')::jsonb->>'programme' = u->>'programme'
                  AND convert_from(r.line, 'UTF8')::jsonb->>'school' = u->>'school' AND NOT tavle.is_undone(r.seq)
                ORDER BY r.seq DESC LIMIT 1;
                DELETE FROM tavle.caseload WHERE programme = u->>'programme' AND school = u->>'school';
                IF latest IS NOT NULL THEN
                    INSERT INTO tavle.caseload VALUES (latest->>'programme', latest->>'school', latest->>'consultant');
                END IF;
            ELSIF undone.type = 'follow-up.agreed' THEN
                DELETE FROM tavle.follow_ups WHERE id = u->>'followUp';
            END IF;
        ELSE
            NULL;
        END CASE;
    END $$;

    CREATE FUNCTION tavle.is_undone(number bigint) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = tavle, pg_catalog, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM tavle.records r WHERE r.type = 'undone'
                       AND (convert_from(r.line, 'UTF8')::jsonb->>'undoes')::bigint = number)
    $$;
    """
}
