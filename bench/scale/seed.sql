-- Seeds the store of a started (migrated, demo-seeded) node with history at scale, in set-based SQL.
-- psql variables: schedules, executions, deliveries, owners, days (history spans this many days back).
-- Ids are made from row numbers (a type prefix + the number), so rows arrive in index order and re-runs are alike.
\set ON_ERROR_STOP on
\timing on
SELECT setseed(0.42);

-- The demo schedules are the templates: real report types with parameters and formats they accept.
CREATE TEMP TABLE tpl AS
SELECT row_number() OVER (ORDER BY "CreatedAt", "Id") - 1 AS n, s.* FROM schedules s;
SELECT count(*) AS templates FROM tpl;

-- Owners: members without a password (they never sign in here); a few own many schedules, most own a few.
INSERT INTO users ("Id", "Email", "NormalizedEmail", "Name", "Role", "PasswordHash", "CreatedAt", "SecurityStamp", "FailedSignIns")
SELECT format('0a000000-0000-0000-0000-%s', lpad(to_hex(i), 12, '0'))::uuid,
       format('owner%s@example.org', i), format('OWNER%s@EXAMPLE.ORG', i), format('Owner %s', i), 'Member', NULL,
       now() - interval '400 days', md5(i::text), 0
FROM generate_series(1, :owners) i;

-- Schedules: template by row number, owner skewed (squared uniform), a time of day on the quarter hour, 95 % active,
-- the next run spread over the coming week but at least a day away (nothing fires while the API is measured).
INSERT INTO schedules ("Id", "OwnerId", "Name", "Description", "ReportTypeKey", "ParametersJson", "RecurrenceKind", "TimeOfDay",
                       "Weekdays", "DayOfMonth", "LastDayOfMonth", "CronExpression", "BusinessDaysOnly", "StartDate", "EndDate",
                       "TimeZoneId", "Formats", "SubjectTemplate", "Message", "IsActive", "NextRunAt", "LastRunAt", "CreatedAt",
                       "UpdatedAt", "SendWhen", "ConsecutiveFailures")
SELECT format('5c000000-0000-0000-0000-%s', lpad(to_hex(i), 12, '0'))::uuid,
       format('0a000000-0000-0000-0000-%s', lpad(to_hex(1 + floor(:owners * random() ^ 2)::int), 12, '0'))::uuid,
       t."Name" || ' #' || i, t."Description", t."ReportTypeKey", t."ParametersJson", t."RecurrenceKind",
       CASE WHEN t."TimeOfDay" IS NULL THEN NULL ELSE make_time(6 + (i % 14), 15 * ((i / 14) % 4), 0) END,
       t."Weekdays", t."DayOfMonth", t."LastDayOfMonth", t."CronExpression", t."BusinessDaysOnly", NULL, NULL,
       t."TimeZoneId", t."Formats", t."SubjectTemplate", t."Message", (i % 20) <> 0,
       CASE WHEN (i % 20) <> 0 THEN date_trunc('minute', now()) + interval '1 day' + random() * interval '6 days' END,
       now() - random() * interval '1 day',
       now() - interval '400 days' + (i::float8 / :schedules) * interval '399 days',
       now() - random() * interval '30 days', 'Always', 0
FROM generate_series(1, :schedules) i
JOIN tpl t ON t.n = i % (SELECT count(*) FROM tpl);

-- Recipients: 1 to 5 per schedule.
INSERT INTO recipients ("Id", "ScheduleId", "Email", "NormalizedEmail", "DisplayName", "IsSubscribed", "UnsubscribeToken", "AddedAt")
SELECT format('7e000000-0000-%s-0000-%s', lpad(to_hex(k), 4, '0'), lpad(to_hex(i), 12, '0'))::uuid,
       format('5c000000-0000-0000-0000-%s', lpad(to_hex(i), 12, '0'))::uuid,
       format('reader%s@example.org', (i * 7 + k) % 5000), format('READER%s@EXAMPLE.ORG', (i * 7 + k) % 5000), NULL,
       true, md5('u' || i || '/' || k) || md5('t' || i || '/' || k), now() - interval '300 days'
FROM generate_series(1, :schedules) i, generate_series(1, 5) k
WHERE k <= 1 + i % 5;

-- Executions: round-robin over the schedules, evenly spread over :days days up to now (oldest first), so a retention
-- age of 90 % of :days removes the oldest 10 %. Mostly succeeded; some partial, failed and missed.
INSERT INTO executions ("Id", "ScheduleId", "Trigger", "Status", "ScheduledFor", "CreatedAt", "StartedAt", "FinishedAt",
                        "DurationMs", "RowCount", "ErrorMessage", "Attempt", "ReportVersion")
SELECT format('e0000000-0000-0000-0000-%s', lpad(to_hex(j), 12, '0'))::uuid,
       format('5c000000-0000-0000-0000-%s', lpad(to_hex(1 + j % :schedules), 12, '0'))::uuid,
       CASE WHEN j % 33 = 0 THEN 'Manual' ELSE 'Scheduled' END,
       st, at, at + interval '1 second',
       CASE WHEN st <> 'Missed' THEN at + interval '2 seconds' END,
       CASE WHEN st <> 'Missed' THEN at + interval '2 seconds' + d * interval '1 millisecond' END,
       CASE WHEN st <> 'Missed' THEN d END,
       CASE WHEN st IN ('Succeeded', 'Partial') THEN (j * 37) % 20000 END,
       CASE WHEN st = 'Failed' THEN 'The data source did not answer within 00:10:00.' END,
       1, '1.0.0'
FROM (SELECT j,
             date_trunc('second', now()) - interval '1 minute' - ((:executions - j)::float8 / :executions) * (:days * interval '1 day') AS at,
             (300 + (j * 7919) % 9000)::bigint AS d,
             CASE WHEN j % 100 < 90 THEN 'Succeeded' WHEN j % 100 < 95 THEN 'Partial' WHEN j % 100 < 99 THEN 'Failed' ELSE 'Missed' END AS st
      FROM generate_series(1::bigint, :executions) j) x;

-- Deliveries: about :deliveries emails in all, spread evenly over the executions that ran (the missed ones sent
-- nothing); mostly sent, a few failed or skipped.
CREATE TEMP TABLE ran AS
SELECT ('x' || right("Id"::text, 12))::bit(48)::bigint AS j, "Id", "FinishedAt" FROM executions
WHERE "FinishedAt" IS NOT NULL AND "Id"::text LIKE 'e0000000-%';
SELECT :deliveries::float8 / count(*) AS per_execution FROM ran \gset
INSERT INTO deliveries ("Id", "ExecutionId", "Email", "NormalizedEmail", "Status", "Attempts", "LastReply", "SentAt", "MessageId",
                        "UpdatedAt", "Channel")
SELECT format('d0000000-0000-%s-0000-%s', lpad(to_hex(k), 4, '0'), lpad(to_hex(j), 12, '0'))::uuid,
       "Id",
       format('reader%s@example.org', (j + k * 13) % 5000 + k * 5000), format('READER%s@EXAMPLE.ORG', (j + k * 13) % 5000 + k * 5000),
       CASE WHEN (j + k) % 50 = 0 THEN 'Failed' WHEN (j + k) % 97 = 0 THEN 'Skipped' ELSE 'Sent' END,
       1,
       CASE WHEN (j + k) % 50 = 0 THEN '550 5.1.1 mailbox unavailable' WHEN (j + k) % 97 = 0 THEN NULL ELSE '250 2.0.0 OK queued' END,
       CASE WHEN (j + k) % 50 <> 0 AND (j + k) % 97 <> 0 THEN "FinishedAt" END,
       CASE WHEN (j + k) % 50 <> 0 AND (j + k) % 97 <> 0 THEN format('<%s.%s@reportgraph.example.org>', j, k) END,
       "FinishedAt", 'Email'
FROM ran, generate_series(1, ceil(:per_execution)::int) k
WHERE k <= floor(:per_execution) OR (j * 0.6180339887) % 1 < :per_execution - floor(:per_execution)
ORDER BY j, k;
SELECT count(*) AS deliveries FROM deliveries;

VACUUM ANALYZE;
