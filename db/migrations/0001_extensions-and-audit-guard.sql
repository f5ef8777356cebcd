-- pg_trgm powers similarity search (catalogue now, enterprise names later).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- The audit trail is append-only: the database refuses updates and deletes, so tampering
-- needs the owner to drop this guard first — and the hash chain still shows it.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS service_item_versions_name_trgm_idx
  ON service_item_versions USING gin (name_zh gin_trgm_ops);
