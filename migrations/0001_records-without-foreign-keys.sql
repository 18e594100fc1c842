ALTER TABLE "alerts" DROP CONSTRAINT "alerts_file_id_evidence_files_id_fk";
--> statement-breakpoint
ALTER TABLE "benchmark_samples" DROP CONSTRAINT "benchmark_samples_file_id_evidence_files_id_fk";
--> statement-breakpoint
ALTER TABLE "experience_reports" DROP CONSTRAINT "experience_reports_file_id_evidence_files_id_fk";
--> statement-breakpoint
ALTER TABLE "known_bugs" DROP CONSTRAINT "known_bugs_file_id_evidence_files_id_fk";
--> statement-breakpoint
ALTER TABLE "series_points" DROP CONSTRAINT "series_points_file_id_evidence_files_id_fk";
--> statement-breakpoint
ALTER TABLE "test_cases" DROP CONSTRAINT "test_cases_file_id_evidence_files_id_fk";
--> statement-breakpoint
ALTER TABLE "upgrade_trials" DROP CONSTRAINT "upgrade_trials_file_id_evidence_files_id_fk";
