CREATE TABLE "alerts" (
	"file_id" integer NOT NULL,
	"name" text NOT NULL,
	"severity" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benchmark_samples" (
	"file_id" integer NOT NULL,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"product" text NOT NULL,
	"version" text NOT NULL,
	"cycle" text,
	"env" text NOT NULL,
	"source_name" text NOT NULL,
	"sha256" text NOT NULL,
	"records" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added_by" text
);
--> statement-breakpoint
CREATE TABLE "experience_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_id" integer,
	"product" text NOT NULL,
	"version" text NOT NULL,
	"env" text NOT NULL,
	"outcome" text NOT NULL,
	"severity" text NOT NULL,
	"text" text NOT NULL,
	"date" date NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added_by" text
);
--> statement-breakpoint
CREATE TABLE "known_bugs" (
	"file_id" integer NOT NULL,
	"bug_id" text NOT NULL,
	"version" text NOT NULL,
	"severity" text NOT NULL,
	"status" text NOT NULL,
	"opened" date NOT NULL,
	"closed" date
);
--> statement-breakpoint
CREATE TABLE "series_points" (
	"file_id" integer NOT NULL,
	"metric" text NOT NULL,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_cases" (
	"file_id" integer NOT NULL,
	"suite" text NOT NULL,
	"name" text NOT NULL,
	"outcome" text NOT NULL,
	"seconds" double precision
);
--> statement-breakpoint
CREATE TABLE "tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "tokens_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "upgrade_trials" (
	"file_id" integer NOT NULL,
	"from_version" text NOT NULL,
	"to_version" text NOT NULL,
	"result" text NOT NULL,
	"duration_seconds" double precision,
	"notes" text NOT NULL,
	"date" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_samples" ADD CONSTRAINT "benchmark_samples_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_reports" ADD CONSTRAINT "experience_reports_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "known_bugs" ADD CONSTRAINT "known_bugs_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series_points" ADD CONSTRAINT "series_points_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_cases" ADD CONSTRAINT "test_cases_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upgrade_trials" ADD CONSTRAINT "upgrade_trials_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_file" ON "alerts" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "benchmark_samples_file" ON "benchmark_samples" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_files_tag_sha256" ON "evidence_files" USING btree ("product","version","env","sha256");--> statement-breakpoint
CREATE INDEX "evidence_files_product_version" ON "evidence_files" USING btree ("product","version");--> statement-breakpoint
CREATE INDEX "experience_reports_product_version" ON "experience_reports" USING btree ("product","version");--> statement-breakpoint
CREATE INDEX "experience_reports_file" ON "experience_reports" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "known_bugs_file" ON "known_bugs" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "series_points_file" ON "series_points" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "test_cases_file" ON "test_cases" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "upgrade_trials_file" ON "upgrade_trials" USING btree ("file_id");