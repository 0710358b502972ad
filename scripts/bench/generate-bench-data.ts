// The benchmark's data set, built with set-based SQL (a million rows in INSERT … SELECT statements, never row
// by row through Prisma) into a freshly migrated database: organizations with relationships and members,
// requests spread over two years (one organization far larger than the rest), their history, tokens, emails,
// pauses and reminders, shaped like a portal that has been running for two years.
import type pg from "pg";
import { elapsedMs } from "./measure";

export type BenchScale = {
  orgs: number;
  requests: number;
  /** Requests of the one large organization (bench-0001). */
  big: number;
  /** Open requests due on the data set's day, each with a staff reminder due now (the sweep benchmark). */
  dueToday: number;
};

/** What the benchmarks need to find in the data: the instant the data set treats as "now", and the big org. */
export type BenchDataset = BenchScale & { anchor: Date; bigOrgId: string; bigOrgSlug: string };

export const BIG_ORG_SLUG = "bench-0001";

/** `instant` as the columns store it (timestamp(3) in UTC), for raw SQL parameters: pg would send local time. */
export function toSqlTimestamp(instant: Date): string {
  return instant.toISOString().replace("T", " ").replace("Z", "");
}

// Statuses: ~24 % open (mostly the last six weeks', and an overdue backlog), a few unverified from the last
// day, the rest closed. Received dates lean recent (a growing portal): age = 730 days × r².
const TIME_ZONES = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Pacific/Auckland", "Asia/Tokyo", "Australia/Sydney"];

/** The UTC wall time (the columns' timestamp(3)) of the start of the zoned day of `utc` plus `days`. */
const zonedDayStart = (utc: string, tz: string, days: string | number = 0) =>
  `((date_trunc('day', (${utc}) AT TIME ZONE 'UTC' AT TIME ZONE ${tz}) + (${days}) * interval '1 day') AT TIME ZONE ${tz} AT TIME ZONE 'UTC')`;
/** The zoned day of `utc` as YYYY-MM-DD, the form reminder keys use. */
const zonedDay = (utc: string, tz: string) => `to_char((${utc}) AT TIME ZONE 'UTC' AT TIME ZONE ${tz}, 'YYYY-MM-DD')`;

export async function generateBenchData(client: pg.ClientBase, scale: BenchScale, anchor: Date, log: (line: string) => void): Promise<BenchDataset> {
  if (scale.orgs < 2 || scale.big >= scale.requests || scale.big < 1) {
    throw new Error("The data set needs at least 2 organizations and a big organization smaller than the whole.");
  }
  const a = `'${toSqlTimestamp(anchor)}'::timestamp`;
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const start = process.hrtime.bigint();
    const result = await client.query(sql, params);
    log(`  ${what}: ${result.rowCount?.toLocaleString("en") ?? "done"} (${(elapsedMs(start) / 1000).toFixed(1)} s)`);
  };
  // The session is the generator's own: its million-row INSERT … SELECT statements run past the app's 60 s
  // statement_timeout (poolConfigFromUrl's default) when the machine is busy, so this session has none.
  await client.query(`SET statement_timeout = 0; SET synchronous_commit = off; SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'`);

  await client.query(
    `CREATE TEMP TABLE bench_org AS
     SELECT i AS idx, gen_random_uuid() AS id, 'bench-' || lpad(i::text, 4, '0') AS slug, 'BENCH' || lpad(i::text, 4, '0') AS prefix,
       ($2::text[])[1 + i % array_length($2::text[], 1)] AS tz,
       gen_random_uuid() AS ctrl, gen_random_uuid() AS proc,
       gen_random_uuid() AS owner, gen_random_uuid() AS admin, gen_random_uuid() AS off1, gen_random_uuid() AS off2, gen_random_uuid() AS viewer
     FROM generate_series(1, $1::int) AS i`,
    [scale.orgs, TIME_ZONES],
  );
  await step(
    "organizations",
    `INSERT INTO "Organization" (id, slug, name, "legalName", "privacyEmail", country, laws, regimes, "requestTypes", "timeZone",
       "defaultJurisdiction", regime, "createdAt", "updatedAt")
     SELECT id, slug, 'Bench ' || idx, 'Bench ' || idx || ' Limited', 'privacy@' || slug || '.example', 'NZ', ARRAY['Privacy Act 2020'],
       '{}', '{ACCESS,CORRECTION,DELETION,EXPORT,OPT_OUT_SALE}', tz, 'NZ', 'DEFAULT', ${a} - interval '800 days', ${a} - interval '800 days'
     FROM bench_org`,
  );
  await step(
    "relationships",
    `INSERT INTO "Relationship" (id, "organizationId", key, label, queue, "controllerPrompt", position)
     SELECT ctrl, id, 'customer', 'I have an account or bought from us', 'CONTROLLER'::"Queue", NULL, 0 FROM bench_org
     UNION ALL
     SELECT proc, id, 'customers-end-user', 'I used a service run by one of our customers', 'PROCESSOR'::"Queue", 'Which of our customers'' services did you use?', 1 FROM bench_org`,
  );
  await step(
    "users",
    `INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
     SELECT m.id, m.role || '@' || o.slug || '.example', initcap(m.role) || ' of ' || o.slug, ${a} - interval '800 days', ${a} - interval '800 days'
     FROM bench_org o, LATERAL (VALUES (o.owner, 'owner'), (o.admin, 'admin'), (o.off1, 'officer1'), (o.off2, 'officer2'), (o.viewer, 'viewer')) AS m(id, role)`,
  );
  await step(
    "memberships",
    `INSERT INTO "Membership" (id, "organizationId", "userId", role)
     SELECT gen_random_uuid(), o.id, m.id, m.role::"Role"
     FROM bench_org o, LATERAL (VALUES (o.owner, 'OWNER'), (o.admin, 'ADMIN'), (o.off1, 'OFFICER'), (o.off2, 'OFFICER'), (o.viewer, 'VIEWER')) AS m(id, role)`,
  );

  // Requests in order of arrival, so the table is laid out as a real one would be (tenants interleaved).
  await step(
    "requests",
    `INSERT INTO "PrivacyRequest" (id, "organizationId", reference, type, status, queue, "relationshipId", "controllerName", channel,
       "subjectName", "subjectEmail", jurisdiction, details, "receivedAt", "verifiedAt", "dueAt", regime, "clockStart",
       "extendedAt", "extensionDays", "extensionReason", "closedAt", outcome, "closingNote", "denialReason", "assigneeId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), o.id,
       CASE WHEN st.status <> 'PENDING_VERIFICATION' THEN o.prefix || '-' || extract(year FROM t.received)::int || '-' || lpad(s.n::text, 6, '0') END,
       (CASE WHEN s.r4 < 0.35 THEN 'ACCESS' WHEN s.r4 < 0.70 THEN 'DELETION' WHEN s.r4 < 0.78 THEN 'CORRECTION' WHEN s.r4 < 0.90 THEN 'EXPORT' ELSE 'OPT_OUT_SALE' END)::"RequestType",
       st.status::"RequestStatus",
       (CASE WHEN s.r5 < 0.75 THEN 'CONTROLLER' ELSE 'PROCESSOR' END)::"Queue",
       CASE WHEN s.r5 < 0.75 THEN o.ctrl ELSE o.proc END,
       CASE WHEN s.r5 >= 0.75 THEN 'Customer ' || (s.g % 40) END,
       (ARRAY['WEB','WEB','WEB','WEB','WEB','WEB','WEB','WEB','WEB','WEB','WEB','WEB','API','API','API','EMBED','EMBED','EMAIL','EMAIL','PHONE'])[1 + s.g % 20]::"Channel",
       'Subject ' || s.g, 'subject' || s.g || '@example.com', (ARRAY['NZ','GB','DE','US-CA','FR','AU'])[1 + s.g % 6],
       CASE WHEN s.g % 3 = 0 THEN 'Please send me everything you hold about me, including marketing preferences.' END,
       t.received, v.verified, v.due, CASE WHEN v.verified IS NOT NULL THEN 'DEFAULT'::"Regime" END, CASE WHEN v.verified IS NOT NULL THEN 'VERIFICATION'::"ClockStart" END,
       CASE WHEN v.isExtended THEN v.verified + interval '20 days' END, CASE WHEN v.isExtended THEN 30 END,
       CASE WHEN v.isExtended THEN 'Several systems hold your data and each has to be searched.' END,
       c.closed,
       (CASE WHEN st.status = 'COMPLETED' THEN (ARRAY['FULFILLED','FULFILLED','FULFILLED','NO_DATA_FOUND','PARTIALLY_FULFILLED'])[1 + s.g % 5] END)::"RequestOutcome",
       CASE WHEN st.status = 'COMPLETED' THEN 'Your data is attached.' END,
       CASE WHEN st.status = 'DENIED' THEN 'We could not confirm that the account is yours.' END,
       CASE WHEN st.status = 'PENDING_VERIFICATION' OR (st.status = 'NEW' AND s.g % 2 = 0) THEN NULL
            WHEN s.g % 10 = 1 THEN o.admin WHEN s.g % 2 = 0 THEN o.off1 ELSE o.off2 END,
       t.received, COALESCE(c.closed, v.verified, t.received)
     FROM (
       SELECT g,
         CASE WHEN g <= $1 THEN 1 ELSE 2 + (g - $1 - 1) % ($3 - 1) END AS org_idx,
         CASE WHEN g <= $1 THEN g ELSE (g - $1 - 1) / ($3 - 1) + 1 END AS n,
         random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
       FROM generate_series(1, $2::int) AS g
     ) AS s
     JOIN bench_org AS o ON o.idx = s.org_idx
     CROSS JOIN LATERAL (SELECT 730 * s.r1 * s.r1 AS age) AS d
     CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', ${a} - d.age * interval '1 day') AS received) AS t
     CROSS JOIN LATERAL (SELECT CASE
         WHEN d.age < 1 AND s.r2 < 0.3 THEN 'PENDING_VERIFICATION'
         WHEN s.r2 < CASE WHEN d.age < 40 THEN 0.85 ELSE 0.07 END THEN CASE WHEN s.r3 < 0.4 THEN 'NEW' WHEN s.r3 < 0.85 THEN 'IN_PROGRESS' ELSE 'AWAITING_SUBJECT' END
         ELSE CASE WHEN s.r3 < 0.8 THEN 'COMPLETED' WHEN s.r3 < 0.92 THEN 'DENIED' ELSE 'WITHDRAWN' END
       END AS status) AS st
     CROSS JOIN LATERAL (SELECT
         CASE WHEN st.status <> 'PENDING_VERIFICATION' THEN date_trunc('milliseconds', t.received + s.r6 * interval '10 hours') END AS verified,
         st.status <> 'PENDING_VERIFICATION' AND s.g % 30 = 0 AS isExtended) AS v0
     CROSS JOIN LATERAL (SELECT v0.verified, v0.isExtended,
         v0.verified + interval '30 days' + CASE WHEN v0.isExtended THEN interval '30 days' ELSE interval '0' END AS due) AS v
     CROSS JOIN LATERAL (SELECT CASE WHEN st.status IN ('COMPLETED','DENIED','WITHDRAWN')
         THEN LEAST(${a}, date_trunc('milliseconds', v.verified + (0.5 + 40 * s.r6) * interval '1 day')) END AS closed) AS c
     ORDER BY t.received`,
    [scale.big, scale.requests, scale.orgs],
  );

  // The sweep's day: `dueToday` requests that staff still owe are due at the end of the data set's day in their
  // organization's zone; the due-day reminder of each is due (its day began), the three before it were sent.
  await client.query(`CREATE TEMP TABLE bench_due AS
     SELECT r.id FROM "PrivacyRequest" r WHERE r.status IN ('NEW','IN_PROGRESS') ORDER BY md5(r.id::text) LIMIT $1`, [scale.dueToday]);
  await step(
    "due today",
    `UPDATE "PrivacyRequest" r SET "dueAt" = ${zonedDayStart(a, "o.tz", 1)} - interval '1 millisecond'
     FROM bench_due d, bench_org o WHERE r.id = d.id AND o.id = r."organizationId"`,
  );

  await step(
    "events",
    `INSERT INTO "RequestEvent" (id, "organizationId", "requestId", kind, actor, "actorUserId", "visibleToSubject", message, data, "createdAt")
     SELECT gen_random_uuid(), r."organizationId", r.id, e.kind, e.actor::"EventActor", e.actorUserId, e.visible, e.message, e.data, e.at
     FROM "PrivacyRequest" r
     CROSS JOIN LATERAL (VALUES
       ('request.submitted', 'SUBJECT', NULL::uuid, true, 'Request received. We emailed you a link to confirm it is you.', jsonb_build_object('channel', r.channel), r."receivedAt"),
       ('request.verified', 'SUBJECT', NULL, true, 'Email address confirmed. Your request is now with the privacy team.', NULL, r."verifiedAt"),
       ('request.assigned', 'STAFF', r."assigneeId", false, NULL, NULL, CASE WHEN r."assigneeId" IS NOT NULL THEN r."verifiedAt" + interval '1 hour' END),
       ('request.info_requested', 'STAFF', r."assigneeId", true, 'Which of your accounts is this about?',
         jsonb_build_object('question', 'Which of your accounts is this about?'), CASE WHEN r.status = 'AWAITING_SUBJECT' THEN r."verifiedAt" + interval '2 hours' END),
       ('request.' || lower(r.status::text), 'STAFF', r."assigneeId", true, COALESCE(r."closingNote", r."denialReason", 'Request closed.'), NULL, r."closedAt")
     ) AS e(kind, actor, actorUserId, visible, message, data, at)
     WHERE e.at IS NOT NULL`,
  );
  await step(
    "status links",
    `INSERT INTO "RequestToken" (id, "organizationId", "requestId", purpose, "tokenHash", "createdAt")
     SELECT gen_random_uuid(), r."organizationId", r.id, 'STATUS', encode(sha256(convert_to(r.id::text, 'UTF8')), 'hex'), r."verifiedAt"
     FROM "PrivacyRequest" r WHERE r."verifiedAt" IS NOT NULL`,
  );
  await step(
    "emails sent",
    `INSERT INTO "OutboxEmail" (id, "organizationId", "toAddress", subject, "textBody", status, attempts, "nextAttemptAt", transport, "sentAt", "createdAt")
     SELECT gen_random_uuid(), r."organizationId", r."subjectEmail", m.subject,
       'Hello ' || r."subjectName" || E',\n\n' || m.body || E'\n\nReference: ' || COALESCE(r.reference, '-') || E'\n\nThe privacy team',
       'SENT', 1, m.at, 'smtp', m.at + interval '2 seconds', m.at
     FROM "PrivacyRequest" r
     CROSS JOIN LATERAL (VALUES
       ('Confirm your privacy request', 'Please confirm your request by opening the link below within 24 hours. If you did not make it, ignore this email.', r."receivedAt"),
       ('Your privacy request ' || r.reference, 'Your request is confirmed. Follow it on its private status page; we will email you when it changes.', r."verifiedAt"),
       ('Your privacy request ' || r.reference || ' is closed', 'Your request is closed. The outcome and any files are on your status page.', r."closedAt")
     ) AS m(subject, body, at)
     WHERE m.at IS NOT NULL`,
  );
  await step(
    "pauses",
    `INSERT INTO "RequestPause" (id, "organizationId", "requestId", "startedAt", "answerBy")
     SELECT gen_random_uuid(), r."organizationId", r.id, r."verifiedAt" + interval '2 hours', ${a} + (1 + abs(hashtext(r.id::text)) % 14) * interval '1 day'
     FROM "PrivacyRequest" r WHERE r.status = 'AWAITING_SUBJECT'`,
  );
  // Reminders: the due-today set's sent points and due point; every other reminded request's next point
  // (always after the data set's day); the "no reply" point of each paused request; one sent point per
  // closed request, the history two years of sweeps leave.
  await step(
    "reminders: due today",
    `INSERT INTO "ScheduledReminder" (id, "organizationId", "requestId", kind, key, "fireAt", "handledAt", outcome, note, "createdAt")
     SELECT gen_random_uuid(), r."organizationId", r.id, 'STAFF_DUE', p.key, p.fire, p.handled, p.outcome::"ReminderOutcome", p.note, LEAST(p.fire, ${a} - interval '10 days')
     FROM bench_due d
     JOIN "PrivacyRequest" r ON r.id = d.id
     JOIN bench_org o ON o.id = r."organizationId"
     CROSS JOIN LATERAL (VALUES
       (${zonedDay(a, "o.tz")} || '/7-days-before', ${zonedDayStart(a, "o.tz", -7)}, ${zonedDayStart(a, "o.tz", -7)}, 'SENT', 'officer1@' || o.slug || '.example'),
       (${zonedDay(a, "o.tz")} || '/3-days-before', ${zonedDayStart(a, "o.tz", -3)}, ${zonedDayStart(a, "o.tz", -3)}, 'SENT', 'officer1@' || o.slug || '.example'),
       (${zonedDay(a, "o.tz")} || '/1-day-before', ${zonedDayStart(a, "o.tz", -1)}, ${zonedDayStart(a, "o.tz", -1)}, 'SENT', 'officer1@' || o.slug || '.example'),
       (${zonedDay(a, "o.tz")} || '/due-day', ${zonedDayStart(a, "o.tz")}, NULL, NULL, NULL)
     ) AS p(key, fire, handled, outcome, note)`,
  );
  await step(
    "reminders: next points",
    `INSERT INTO "ScheduledReminder" (id, "organizationId", "requestId", kind, key, "fireAt", "createdAt")
     SELECT gen_random_uuid(), r."organizationId", r.id, 'STAFF_DUE', x.due_day || '/' || p.name, ${zonedDayStart(a, "o.tz", "p.offset_days")}, LEAST(r."verifiedAt", ${a} - interval '1 second')
     FROM "PrivacyRequest" r
     JOIN bench_org o ON o.id = r."organizationId"
     CROSS JOIN LATERAL (SELECT ${zonedDay('r."dueAt"', "o.tz")} AS due_day,
       (date_trunc('day', r."dueAt" AT TIME ZONE 'UTC' AT TIME ZONE o.tz)::date - date_trunc('day', ${a} AT TIME ZONE 'UTC' AT TIME ZONE o.tz)::date) AS days_left) AS x
     CROSS JOIN LATERAL (SELECT CASE
         WHEN x.days_left > 7 THEN '7-days-before' WHEN x.days_left > 3 THEN '3-days-before' WHEN x.days_left > 1 THEN '1-day-before'
         WHEN x.days_left = 1 THEN 'due-day' ELSE 'overdue-' || (1 - x.days_left) END AS name,
       CASE WHEN x.days_left > 7 THEN x.days_left - 7 WHEN x.days_left > 3 THEN x.days_left - 3 WHEN x.days_left > 1 THEN x.days_left - 1 ELSE 1 END AS offset_days) AS p
     WHERE r.status IN ('NEW','IN_PROGRESS') AND r."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM bench_due d WHERE d.id = r.id)`,
  );
  await step(
    "reminders: no reply",
    `INSERT INTO "ScheduledReminder" (id, "organizationId", "requestId", kind, key, "fireAt", "createdAt")
     SELECT gen_random_uuid(), p."organizationId", p."requestId", 'STAFF_NO_REPLY', to_char(p."answerBy", 'YYYY-MM-DD') || '/no-reply', p."answerBy" + interval '1 millisecond', p."startedAt"
     FROM "RequestPause" p`,
  );
  await step(
    "reminders: sent history",
    `INSERT INTO "ScheduledReminder" (id, "organizationId", "requestId", kind, key, "fireAt", "handledAt", outcome, note, "createdAt")
     SELECT gen_random_uuid(), r."organizationId", r.id, 'STAFF_DUE', to_char(r."dueAt", 'YYYY-MM-DD') || '/7-days-before',
       r."dueAt" - interval '7 days', r."dueAt" - interval '7 days', CASE WHEN r."closedAt" < r."dueAt" - interval '7 days' THEN 'SKIPPED' ELSE 'SENT' END::"ReminderOutcome",
       'officer', r."verifiedAt"
     FROM "PrivacyRequest" r WHERE r."closedAt" IS NOT NULL`,
  );
  await step(
    "reference counters",
    `INSERT INTO "RequestCounter" ("organizationId", year, value)
     SELECT "organizationId", split_part(reference, '-', 2)::int, max(split_part(reference, '-', 3)::int)
     FROM "PrivacyRequest" WHERE reference IS NOT NULL GROUP BY 1, 2`,
  );
  // What autovacuum would have done long ago on a database this old: statistics and the visibility map.
  const start = process.hrtime.bigint();
  await client.query(`VACUUM ANALYZE`);
  log(`  vacuum analyze (${(elapsedMs(start) / 1000).toFixed(1)} s)`);

  const big = await client.query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [BIG_ORG_SLUG]);
  await client.query(`DROP TABLE bench_org; DROP TABLE bench_due`);
  return { ...scale, anchor, bigOrgId: big.rows[0]!.id, bigOrgSlug: BIG_ORG_SLUG };
}
