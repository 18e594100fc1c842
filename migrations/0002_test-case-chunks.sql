CREATE TABLE "test_case_chunks" (
	"file_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"suites" text[] NOT NULL,
	"names" text[] NOT NULL,
	"outcomes" text[] NOT NULL,
	"seconds" double precision[] NOT NULL
);
--> statement-breakpoint
-- existing stores: each file's test cases move into chunks of 5,000 in the order they were stored
INSERT INTO "test_case_chunks" ("file_id", "seq", "suites", "names", "outcomes", "seconds")
SELECT "file_id", ("n" - 1) / 5000, array_agg("suite" ORDER BY "n"), array_agg("name" ORDER BY "n"), array_agg("outcome" ORDER BY "n"), array_agg("seconds" ORDER BY "n")
FROM (SELECT t.*, row_number() OVER (PARTITION BY "file_id" ORDER BY t.ctid) AS "n" FROM "test_cases" t) AS "numbered"
GROUP BY "file_id", ("n" - 1) / 5000;--> statement-breakpoint
DROP TABLE "test_cases" CASCADE;--> statement-breakpoint
CREATE UNIQUE INDEX "test_case_chunks_file_seq" ON "test_case_chunks" USING btree ("file_id","seq");