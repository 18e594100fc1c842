CREATE TABLE "test_case_chunks" (
	"file_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"cases" integer NOT NULL,
	"passed" integer NOT NULL,
	"failed" integer NOT NULL,
	"errors" integer NOT NULL,
	"skipped" integer NOT NULL,
	"body" "bytea" NOT NULL
);
--> statement-breakpoint
-- existing stores: each file's test cases move into chunks of 5,000 in the order they were stored, as plain JSON (new chunks are deflated)
INSERT INTO "test_case_chunks" ("file_id", "seq", "cases", "passed", "failed", "errors", "skipped", "body")
SELECT "file_id", ("n" - 1) / 5000, count(*), count(*) FILTER (WHERE "outcome" = 'passed'), count(*) FILTER (WHERE "outcome" = 'failed'), count(*) FILTER (WHERE "outcome" = 'error'), count(*) FILTER (WHERE "outcome" = 'skipped'),
  convert_to(json_build_object('suites', array_agg("suite" ORDER BY "n"), 'names', array_agg("name" ORDER BY "n"), 'outcomes', array_agg("outcome" ORDER BY "n"), 'seconds', array_agg("seconds" ORDER BY "n"))::text, 'UTF8')
FROM (SELECT t.*, row_number() OVER (PARTITION BY "file_id" ORDER BY t.ctid) AS "n" FROM "test_cases" t) AS "numbered"
GROUP BY "file_id", ("n" - 1) / 5000;--> statement-breakpoint
DROP TABLE "test_cases" CASCADE;--> statement-breakpoint
CREATE UNIQUE INDEX "test_case_chunks_file_seq" ON "test_case_chunks" USING btree ("file_id","seq");