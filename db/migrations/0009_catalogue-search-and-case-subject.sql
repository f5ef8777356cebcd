ALTER TABLE "cases" RENAME COLUMN "title" TO "subject";--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD COLUMN "keywords" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "service_item_versions_search_trgm_idx" ON "service_item_versions" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
-- custom: drizzle-kit renames the column but leaves its NOT NULL (the snapshot has it nullable).
ALTER TABLE "cases" ALTER COLUMN "subject" DROP NOT NULL;
--> statement-breakpoint
-- custom: a case stored "<item name>：<subject>" (or the item name alone, or a short seeded
-- prefix like 设立登记：); keep only the subject, the title is built from the item in the reader's language.
UPDATE "cases" AS c SET "subject" = CASE
    WHEN c."subject" = v."name_zh" THEN NULL
    WHEN position('：' in c."subject") > 0 THEN nullif(btrim(substr(c."subject", position('：' in c."subject") + 1)), '')
    ELSE c."subject"
  END
  FROM "service_item_versions" AS v
  WHERE v."id" = c."item_version_id";
--> statement-breakpoint
-- custom: the text catalogue search matches (lib/data/catalogue.ts), one line per version, both
-- languages: names, summary, keywords, lead department, participating departments and their
-- tasks, materials. Fields are joined by a newline so that a search word never spans two of them.
CREATE OR REPLACE FUNCTION service_version_search_text(target uuid) RETURNS text AS $$
  SELECT concat_ws(E'\n',
      v.name_zh, v.name_en, v.summary->>'zh', v.summary->>'en', array_to_string(v.keywords, E'\n'),
      lead.name_zh, lead.name_en,
      (SELECT string_agg(concat_ws(E'\n', d.name_zh, d.name_en, sid.task->>'zh', sid.task->>'en'), E'\n' ORDER BY sid.sort_order)
         FROM service_item_departments sid JOIN departments d ON d.id = sid.department_id
        WHERE sid.version_id = v.id),
      (SELECT string_agg(concat_ws(E'\n', m.name_zh, m.name_en), E'\n' ORDER BY m.sort_order)
         FROM service_materials m WHERE m.version_id = v.id))
    FROM service_item_versions v JOIN departments lead ON lead.id = v.lead_department_id
   WHERE v.id = target
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- custom: the version's own texts changed (or it was just inserted, before or after its children).
-- The trigger fires on the listed columns only, so its own update of search_text does not re-fire it.
CREATE OR REPLACE FUNCTION service_versions_search_refresh() RETURNS trigger AS $$
BEGIN
  UPDATE service_item_versions SET search_text = coalesce(service_version_search_text(NEW.id), '') WHERE id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER service_item_versions_search_text
  AFTER INSERT OR UPDATE OF name_zh, name_en, summary, keywords, lead_department_id ON service_item_versions
  FOR EACH ROW EXECUTE FUNCTION service_versions_search_refresh();
--> statement-breakpoint
-- custom: a material or a participating department of a version was added, changed or removed.
CREATE OR REPLACE FUNCTION service_version_children_search_refresh() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    UPDATE service_item_versions SET search_text = coalesce(service_version_search_text(NEW.version_id), '') WHERE id = NEW.version_id;
  END IF;
  IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR OLD.version_id <> NEW.version_id) THEN
    UPDATE service_item_versions SET search_text = coalesce(service_version_search_text(OLD.version_id), '') WHERE id = OLD.version_id;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER service_materials_search_text
  AFTER INSERT OR UPDATE OR DELETE ON service_materials
  FOR EACH ROW EXECUTE FUNCTION service_version_children_search_refresh();
--> statement-breakpoint
CREATE TRIGGER service_item_departments_search_text
  AFTER INSERT OR UPDATE OR DELETE ON service_item_departments
  FOR EACH ROW EXECUTE FUNCTION service_version_children_search_refresh();
--> statement-breakpoint
-- custom: a department renamed: every version it leads or takes part in.
CREATE OR REPLACE FUNCTION departments_search_refresh() RETURNS trigger AS $$
BEGIN
  UPDATE service_item_versions v SET search_text = coalesce(service_version_search_text(v.id), '')
   WHERE v.lead_department_id = NEW.id
      OR v.id IN (SELECT version_id FROM service_item_departments WHERE department_id = NEW.id);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER departments_search_text
  AFTER UPDATE OF name_zh, name_en ON departments
  FOR EACH ROW EXECUTE FUNCTION departments_search_refresh();
--> statement-breakpoint
-- custom: the versions already stored.
UPDATE service_item_versions SET search_text = coalesce(service_version_search_text(id), '');
--> statement-breakpoint
-- custom: the name-only index of migration 0001 served the old name search; search_text replaces it.
DROP INDEX IF EXISTS service_item_versions_name_trgm_idx;
