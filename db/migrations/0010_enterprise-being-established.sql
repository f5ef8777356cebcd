CREATE TYPE "public"."enterprise_status" AS ENUM('establishing', 'registered');--> statement-breakpoint
ALTER TYPE "public"."material_source" ADD VALUE 'generated';--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "status" "enterprise_status" DEFAULT 'registered' NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "establishment_case_id" uuid;--> statement-breakpoint
ALTER TABLE "licences" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_establishment_case_id_unique" UNIQUE("establishment_case_id");--> statement-breakpoint
-- custom: licences issued before the enterprise being established existed were stamped on the applicant's enterprise; give each its own enterprise (DESIGN §6). Every statement below acts only on a licence still held by an enterprise other than the one its case established, so the section can run again without effect.
INSERT INTO "enterprises" ("name", "status", "establishment_case_id", "address", "created_at")
SELECT l."enterprise_name", 'registered', l."case_id", l."address", l."issued_at"
FROM "licences" l
JOIN "enterprises" e ON e."id" = l."enterprise_id"
WHERE e."name" <> l."enterprise_name"
  AND NOT EXISTS (SELECT 1 FROM "enterprises" x WHERE x."establishment_case_id" = l."case_id")
  AND NOT EXISTS (SELECT 1 FROM "enterprises" y WHERE y."name" = l."enterprise_name")
ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "enterprises" e SET "credit_code" = NULL
FROM "licences" l JOIN "enterprises" n ON n."establishment_case_id" = l."case_id"
WHERE e."id" = l."enterprise_id" AND n."id" <> l."enterprise_id" AND e."credit_code" = l."credit_code";--> statement-breakpoint
UPDATE "enterprises" n SET "credit_code" = l."credit_code"
FROM "licences" l
WHERE n."establishment_case_id" = l."case_id" AND n."id" <> l."enterprise_id" AND n."credit_code" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "enterprises" z WHERE z."credit_code" = l."credit_code");--> statement-breakpoint
UPDATE "enterprise_names" nm SET "enterprise_id" = n."id"
FROM "licences" l JOIN "enterprises" n ON n."establishment_case_id" = l."case_id"
WHERE nm."enterprise_id" = l."enterprise_id" AND nm."full_name" = l."enterprise_name" AND n."id" <> l."enterprise_id";--> statement-breakpoint
UPDATE "obligations" o SET "enterprise_id" = n."id"
FROM "licences" l JOIN "enterprises" n ON n."establishment_case_id" = l."case_id"
WHERE o."case_id" = l."case_id" AND n."id" <> l."enterprise_id";--> statement-breakpoint
INSERT INTO "enterprise_members" ("enterprise_id", "user_id", "role", "status")
SELECT n."id", c."applicant_id", 'owner', 'active'
FROM "licences" l
JOIN "enterprises" n ON n."establishment_case_id" = l."case_id"
JOIN "cases" c ON c."id" = l."case_id"
JOIN "enterprise_members" a ON a."enterprise_id" = l."enterprise_id" AND a."user_id" = c."applicant_id" AND a."status" = 'active'
WHERE n."id" <> l."enterprise_id"
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "enterprise_members" ("enterprise_id", "user_id", "role", "status")
SELECT n."id", m."user_id", 'owner', 'active'
FROM "licences" l
JOIN "enterprises" n ON n."establishment_case_id" = l."case_id"
JOIN "cases" c ON c."id" = l."case_id"
JOIN "enterprise_members" m ON m."enterprise_id" = l."enterprise_id" AND m."role" = 'owner' AND m."status" = 'active'
WHERE n."id" <> l."enterprise_id"
  AND NOT EXISTS (SELECT 1 FROM "enterprise_members" a
    WHERE a."enterprise_id" = l."enterprise_id" AND a."user_id" = c."applicant_id" AND a."status" = 'active')
ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "cases" c SET "enterprise_id" = n."id", "version" = c."version" + 1
FROM "licences" l JOIN "enterprises" n ON n."establishment_case_id" = l."case_id"
WHERE c."id" = l."case_id" AND n."id" <> l."enterprise_id";--> statement-breakpoint
UPDATE "licences" l SET "enterprise_id" = n."id"
FROM "enterprises" n
WHERE n."establishment_case_id" = l."case_id" AND n."id" <> l."enterprise_id";--> statement-breakpoint
UPDATE "licences" l SET "status_reason" = (
  SELECT a."after"->>'reason' FROM "audit_events" a
  WHERE a."entity_type" = 'licence' AND a."entity_id" = l."id"::text
    AND a."action" IN ('licence.suspend', 'licence.reinstate', 'licence.revoke')
  ORDER BY a."seq" DESC LIMIT 1)
WHERE l."status_reason" IS NULL;
