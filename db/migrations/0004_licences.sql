CREATE TYPE "public"."licence_status" AS ENUM('valid', 'suspended', 'revoked');--> statement-breakpoint
CREATE TABLE "licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credit_code" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text DEFAULT 'business-licence' NOT NULL,
	"enterprise_name" text NOT NULL,
	"enterprise_type" text NOT NULL,
	"legal_representative" text NOT NULL,
	"registered_capital" integer NOT NULL,
	"address" text NOT NULL,
	"business_scope" text NOT NULL,
	"established_on" date NOT NULL,
	"term" text NOT NULL,
	"authority" text NOT NULL,
	"status" "licence_status" DEFAULT 'valid' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licences_credit_code_unique" UNIQUE("credit_code"),
	CONSTRAINT "licences_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "licences_enterprise_idx" ON "licences" USING btree ("enterprise_id","issued_at");--> statement-breakpoint
CREATE INDEX "licences_enterprise_kind_valid_idx" ON "licences" USING btree ("enterprise_id","kind") WHERE "licences"."status" = 'valid';