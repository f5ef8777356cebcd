CREATE TYPE "public"."notice_kind" AS ENUM('acceptance', 'supplement', 'refusal', 'tolerance');--> statement-breakpoint
CREATE TABLE "case_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "notice_kind" NOT NULL,
	"year" integer NOT NULL,
	"serial" integer NOT NULL,
	"supplement_notice_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_notices_number_unique" UNIQUE("kind","year","serial")
);
--> statement-breakpoint
CREATE TABLE "notice_number_counters" (
	"kind" "notice_kind" NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "notice_number_counters_kind_year_pk" PRIMARY KEY("kind","year")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_notices" ADD CONSTRAINT "case_notices_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notices" ADD CONSTRAINT "case_notices_supplement_notice_id_supplement_notices_id_fk" FOREIGN KEY ("supplement_notice_id") REFERENCES "public"."supplement_notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_notices_case_idx" ON "case_notices" USING btree ("case_id","kind","issued_at");--> statement-breakpoint
-- custom: cases that ended before this migration stop their clocks when they ended: the
-- completion for completed (and later revoked) cases, otherwise the audited refusal, denial or
-- withdrawal, otherwise the last change of the row.
UPDATE "cases" SET "closed_at" = coalesce(
  CASE WHEN "cases"."state" IN ('completed', 'revoked') THEN "cases"."completed_at" END,
  (SELECT max(a."at") FROM "audit_events" a
    WHERE a."entity_type" = 'case' AND a."entity_id" = "cases"."id"::text
      AND a."action" IN ('case.issue', 'case.instant_approve', 'case.refuse', 'case.deny', 'case.withdraw')),
  "cases"."completed_at", "cases"."decided_at", "cases"."updated_at")
WHERE "cases"."state" IN ('completed', 'refused', 'denied', 'withdrawn', 'revoked') AND "cases"."closed_at" IS NULL;
--> statement-breakpoint
-- Notices issued before this migration were numbered after their case (许经开补字〔2026〕XC-2026-000044号);
-- they get numbers of their own kind's sequence, in the order they were issued within each year
-- of the zone (UTC+8), and the counters continue after them.
INSERT INTO "case_notices" ("case_id", "kind", "year", "serial", "supplement_notice_id", "issued_at")
SELECT n."case_id", n."kind", n."year",
  row_number() OVER (PARTITION BY n."kind", n."year" ORDER BY n."issued_at", n."case_id", n."supplement_notice_id"),
  n."supplement_notice_id", n."issued_at"
FROM (
  SELECT i.*, extract(year FROM (i."issued_at" AT TIME ZONE 'Asia/Shanghai'))::int AS "year"
  FROM (
    SELECT c."id" AS "case_id", 'acceptance'::"notice_kind" AS "kind", c."accepted_at" AS "issued_at", NULL::uuid AS "supplement_notice_id"
    FROM "cases" c WHERE c."accepted_at" IS NOT NULL
    UNION ALL
    SELECT c."id", 'tolerance'::"notice_kind", c."accepted_at", NULL::uuid
    FROM "cases" c
    WHERE c."accepted_at" IS NOT NULL
      AND EXISTS (SELECT 1 FROM "obligations" o WHERE o."case_id" = c."id" AND o."kind" = 'tolerance')
    UNION ALL
    SELECT s."case_id", 'supplement'::"notice_kind", s."issued_at", s."id" FROM "supplement_notices" s
    UNION ALL
    SELECT c."id", 'refusal'::"notice_kind", coalesce(
      (SELECT max(a."at") FROM "audit_events" a
        WHERE a."entity_type" = 'case' AND a."entity_id" = c."id"::text AND a."action" = 'case.refuse'),
      c."closed_at", c."updated_at"), NULL::uuid
    FROM "cases" c WHERE c."state" = 'refused'
  ) i
) n;
--> statement-breakpoint
INSERT INTO "notice_number_counters" ("kind", "year", "last")
SELECT "kind", "year", max("serial") FROM "case_notices" GROUP BY "kind", "year";
