-- Hand-edited after drizzle-kit generate: the rebuilt tables are filled from the old ones (plan ids,
-- units and period kinds derived; version snapshots spread into columns). The service runs
-- migrations with foreign keys off and checks every reference afterwards (src/db/sqlite/store.ts).
CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `source_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `__new_targets` (
	`plan_id` text NOT NULL,
	`id` text NOT NULL,
	`item_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`kind` text NOT NULL,
	`unit` text,
	`target_value` real,
	`reported_value` text,
	`reported_unit` text,
	`comparator` text,
	`measure` text,
	`tolerance_percent` real,
	`baseline_value` real,
	`baseline_date` text,
	`verb_zh` text,
	`verb_en` text,
	`deadline` text NOT NULL,
	`clause` text NOT NULL,
	`note` text,
	`figure_count` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`plan_id`, `id`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit`) REFERENCES `units`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`,`item_id`) REFERENCES `plan_items`(`plan_id`,`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_targets`("plan_id", "id", "item_id", "name_zh", "name_en", "kind", "unit", "target_value", "reported_value", "reported_unit", "comparator", "measure", "tolerance_percent", "baseline_value", "baseline_date", "verb_zh", "verb_en", "deadline", "clause", "note", "figure_count", "created_at") SELECT "plan_id", "id", "item_id", "name_zh", "name_en", "kind", "unit", "target_value", "reported_value", "reported_unit", "comparator", "measure", "tolerance_percent", "baseline_value", "baseline_date", "done_when_zh", "done_when_en", "deadline", "clause", "note", (SELECT count(*) FROM `observations` o WHERE o."target_id" = t."id" AND o."withdrawn_at" IS NULL), "created_at" FROM `targets` t;--> statement-breakpoint
DROP TABLE `targets`;--> statement-breakpoint
ALTER TABLE `__new_targets` RENAME TO `targets`;--> statement-breakpoint
CREATE INDEX `targets_id_idx` ON `targets` (`id`,`plan_id`);--> statement-breakpoint
CREATE TABLE `__new_indicators` (
	`plan_id` text NOT NULL,
	`id` text NOT NULL,
	`item_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`unit` text NOT NULL,
	`measure` text NOT NULL,
	`geography` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`plan_id`, `id`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit`) REFERENCES `units`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`,`item_id`) REFERENCES `plan_items`(`plan_id`,`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_indicators`("plan_id", "id", "item_id", "name_zh", "name_en", "unit", "measure", "geography", "note", "created_at") SELECT "plan_id", "id", "item_id", "name_zh", "name_en", "unit", "measure", "geography", "note", "created_at" FROM `indicators`;--> statement-breakpoint
DROP TABLE `indicators`;--> statement-breakpoint
ALTER TABLE `__new_indicators` RENAME TO `indicators`;--> statement-breakpoint
CREATE INDEX `indicators_id_idx` ON `indicators` (`id`,`plan_id`);--> statement-breakpoint
CREATE TABLE `__new_observations` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`target_id` text,
	`indicator_id` text,
	`unit` text,
	`value` real,
	`reported_value` text,
	`reported_unit` text,
	`state` text,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`period_kind` text NOT NULL,
	`qualifier` text,
	`year_on_year_percent` real,
	`source_id` text NOT NULL,
	`source_published_on` text,
	`source_available_on` text NOT NULL,
	`quote` text NOT NULL,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` text,
	`updated_at` text,
	`updated_by` text,
	`withdrawn_at` text,
	`withdrawn_by` text,
	`withdrawn_reason` text,
	FOREIGN KEY (`plan_id`,`target_id`) REFERENCES `targets`(`plan_id`,`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`,`indicator_id`) REFERENCES `indicators`(`plan_id`,`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "observations_one_series" CHECK(("__new_observations"."target_id" IS NULL) <> ("__new_observations"."indicator_id" IS NULL))
);
--> statement-breakpoint
INSERT INTO `__new_observations`("id", "plan_id", "target_id", "indicator_id", "unit", "value", "reported_value", "reported_unit", "state", "period_start", "period_end", "period_kind", "qualifier", "year_on_year_percent", "source_id", "source_published_on", "source_available_on", "quote", "note", "version", "created_at", "created_by", "updated_at", "updated_by", "withdrawn_at", "withdrawn_by", "withdrawn_reason") SELECT o."id",
    coalesce((SELECT t."plan_id" FROM `targets` t WHERE t."id" = o."target_id"), (SELECT i."plan_id" FROM `indicators` i WHERE i."id" = o."indicator_id")),
    o."target_id", o."indicator_id",
    coalesce((SELECT t."unit" FROM `targets` t WHERE t."id" = o."target_id"), (SELECT i."unit" FROM `indicators` i WHERE i."id" = o."indicator_id")),
    o."value", o."reported_value", o."reported_unit", o."state", o."period_start", o."period_end",
    CASE
      WHEN substr(o."period_start",6) = '01-01' AND substr(o."period_end",6) = '12-31' AND substr(o."period_start",1,4) = substr(o."period_end",1,4) THEN 'calendar_year'
      WHEN o."period_start" = o."period_end" THEN 'day'
      WHEN substr(o."period_start",6) = '01-01' AND substr(o."period_start",1,4) = substr(o."period_end",1,4) THEN 'year_to_date'
      ELSE 'other' END,
    o."qualifier", o."year_on_year_percent", o."source_id", (SELECT s."published_on" FROM `sources` s WHERE s."id" = o."source_id"),
    CASE length((SELECT s."published_on" FROM `sources` s WHERE s."id" = o."source_id"))
      WHEN 4 THEN (SELECT s."published_on" FROM `sources` s WHERE s."id" = o."source_id") || '-12-31'
      WHEN 7 THEN date((SELECT s."published_on" FROM `sources` s WHERE s."id" = o."source_id") || '-01', '+1 month', '-1 day')
      WHEN 10 THEN (SELECT s."published_on" FROM `sources` s WHERE s."id" = o."source_id")
      ELSE substr(o."created_at", 1, 10) END,
    o."quote", o."note", o."version", o."created_at", o."created_by", o."updated_at", o."updated_by", o."withdrawn_at", o."withdrawn_by", o."withdrawn_reason"
  FROM `observations` o;--> statement-breakpoint
DROP TABLE `observations`;--> statement-breakpoint
ALTER TABLE `__new_observations` RENAME TO `observations`;--> statement-breakpoint
CREATE UNIQUE INDEX `observations_target_identity` ON `observations` (`plan_id`,`target_id`,`period_start`,`period_end`,`source_id`) WHERE "observations"."target_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `observations_indicator_identity` ON `observations` (`plan_id`,`indicator_id`,`period_start`,`period_end`,`source_id`) WHERE "observations"."indicator_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `observations_plan_idx` ON `observations` (`plan_id`,`id`);--> statement-breakpoint
CREATE INDEX `observations_target_recency_idx` ON `observations` (`plan_id`,`target_id`,`period_kind`,`period_end`,`source_published_on`,`id`) WHERE "observations"."withdrawn_at" IS NULL AND "observations"."target_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `observations_target_latest_idx` ON `observations` (`plan_id`,`target_id`,`period_end`,`source_published_on`,`id`) WHERE "observations"."withdrawn_at" IS NULL AND "observations"."target_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_plan_items` (
	`plan_id` text NOT NULL,
	`id` text NOT NULL,
	`parent_id` text,
	`number` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`position` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`plan_id`, `id`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_plan_items`("plan_id", "id", "parent_id", "number", "title_zh", "title_en", "position", "note") SELECT "plan_id", "id", "parent_id", "number", "title_zh", "title_en", "position", NULL FROM `plan_items`;--> statement-breakpoint
DROP TABLE `plan_items`;--> statement-breakpoint
ALTER TABLE `__new_plan_items` RENAME TO `plan_items`;--> statement-breakpoint
DROP INDEX `audit_log_key_idx`;--> statement-breakpoint
DROP INDEX `audit_log_target_idx`;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `plan_id` text;--> statement-breakpoint
CREATE INDEX `audit_log_indicator_idx` ON `audit_log` (`indicator_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_key_idx` ON `audit_log` (`key_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_target_idx` ON `audit_log` (`target_id`,`id`);--> statement-breakpoint
ALTER TABLE `idempotency_keys` ADD `claimed_by` text;--> statement-breakpoint
ALTER TABLE `idempotency_keys` ADD `claim_expires_at` text;--> statement-breakpoint
CREATE TABLE `__new_observation_versions` (
	`observation_id` text NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`by` text NOT NULL,
	`reason` text,
	`superseded_at` text,
	`plan_id` text NOT NULL,
	`target_id` text,
	`indicator_id` text,
	`unit` text,
	`value` real,
	`reported_value` text,
	`reported_unit` text,
	`state` text,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`period_kind` text NOT NULL,
	`qualifier` text,
	`year_on_year_percent` real,
	`source_id` text NOT NULL,
	`source_published_on` text,
	`source_available_on` text NOT NULL,
	`quote` text NOT NULL,
	`note` text,
	PRIMARY KEY(`observation_id`, `version`),
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_observation_versions` SELECT v."observation_id", v."version", v."action", v."at", v."by", v."reason",
    (SELECT n."at" FROM `observation_versions` n WHERE n."observation_id" = v."observation_id" AND n."version" = v."version" + 1),
    o."plan_id", o."target_id", o."indicator_id", o."unit",
    json_extract(v."snapshot", '$.value'), CAST(json_extract(v."snapshot", '$.reported.value') AS TEXT), json_extract(v."snapshot", '$.reported.unit'), json_extract(v."snapshot", '$.state'),
    json_extract(v."snapshot", '$.period.start'), json_extract(v."snapshot", '$.period.end'),
    CASE
      WHEN substr(json_extract(v."snapshot", '$.period.start'),6) = '01-01' AND substr(json_extract(v."snapshot", '$.period.end'),6) = '12-31' AND substr(json_extract(v."snapshot", '$.period.start'),1,4) = substr(json_extract(v."snapshot", '$.period.end'),1,4) THEN 'calendar_year'
      WHEN json_extract(v."snapshot", '$.period.start') = json_extract(v."snapshot", '$.period.end') THEN 'day'
      WHEN substr(json_extract(v."snapshot", '$.period.start'),6) = '01-01' AND substr(json_extract(v."snapshot", '$.period.start'),1,4) = substr(json_extract(v."snapshot", '$.period.end'),1,4) THEN 'year_to_date'
      ELSE 'other' END,
    json_extract(v."snapshot", '$.qualifier'), json_extract(v."snapshot", '$.yearOnYearPercent'), json_extract(v."snapshot", '$.sourceId'),
    (SELECT s."published_on" FROM `sources` s WHERE s."id" = json_extract(v."snapshot", '$.sourceId')),
    CASE length((SELECT s."published_on" FROM `sources` s WHERE s."id" = json_extract(v."snapshot", '$.sourceId')))
      WHEN 4 THEN (SELECT s."published_on" FROM `sources` s WHERE s."id" = json_extract(v."snapshot", '$.sourceId')) || '-12-31'
      WHEN 7 THEN date((SELECT s."published_on" FROM `sources` s WHERE s."id" = json_extract(v."snapshot", '$.sourceId')) || '-01', '+1 month', '-1 day')
      WHEN 10 THEN (SELECT s."published_on" FROM `sources` s WHERE s."id" = json_extract(v."snapshot", '$.sourceId'))
      ELSE substr(o."created_at", 1, 10) END,
    json_extract(v."snapshot", '$.quote'), json_extract(v."snapshot", '$.note')
  FROM `observation_versions` v JOIN `observations` o ON o."id" = v."observation_id";--> statement-breakpoint
DROP TABLE `observation_versions`;--> statement-breakpoint
ALTER TABLE `__new_observation_versions` RENAME TO `observation_versions`;--> statement-breakpoint
CREATE INDEX `observation_versions_target_idx` ON `observation_versions` (`plan_id`,`target_id`,`period_kind`,`period_end`) WHERE "observation_versions"."target_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `observation_versions_latest_idx` ON `observation_versions` (`plan_id`,`target_id`,`period_end`) WHERE "observation_versions"."target_id" IS NOT NULL;--> statement-breakpoint
INSERT INTO `data_version` (`id`, `version`) VALUES (1, 1);
