CREATE TYPE "public"."enterprise_name_status" AS ENUM('registered', 'reserved', 'cancelled', 'revoked');--> statement-breakpoint
CREATE TABLE "enterprise_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"region" text NOT NULL,
	"trade_name" text NOT NULL,
	"trade_name_normalized" text NOT NULL,
	"trade_name_pinyin" text NOT NULL,
	"industry" text,
	"industry_canonical" text,
	"organization_form" text NOT NULL,
	"authority" text NOT NULL,
	"status" "enterprise_name_status" NOT NULL,
	"status_date" date NOT NULL,
	"reserved_until" date,
	"enterprise_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_names_full_name_unique" UNIQUE("full_name")
);
--> statement-breakpoint
ALTER TABLE "enterprise_names" ADD CONSTRAINT "enterprise_names_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_names_authority_trade_idx" ON "enterprise_names" USING btree ("authority","trade_name_normalized");--> statement-breakpoint
CREATE INDEX "enterprise_names_authority_pinyin_idx" ON "enterprise_names" USING btree ("authority","trade_name_pinyin");--> statement-breakpoint
CREATE INDEX "enterprise_names_trade_trgm_idx" ON "enterprise_names" USING gin ("trade_name_normalized" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_names_live_unique_idx" ON "enterprise_names" USING btree ("authority","trade_name_normalized",coalesce("industry_canonical", '')) WHERE "enterprise_names"."status" in ('registered', 'reserved');