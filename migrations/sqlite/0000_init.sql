CREATE TABLE `indicators` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`item_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`unit` text NOT NULL,
	`measure` text NOT NULL,
	`geography` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `plan_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit`) REFERENCES `units`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicators_plan_idx` ON `indicators` (`plan_id`);--> statement-breakpoint
CREATE TABLE `observations` (
	`id` text PRIMARY KEY NOT NULL,
	`target_id` text,
	`indicator_id` text,
	`value` real,
	`reported_value` text,
	`reported_unit` text,
	`state` text,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`qualifier` text,
	`year_on_year_percent` real,
	`source_id` text NOT NULL,
	`quote` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "observations_one_series" CHECK(("observations"."target_id" IS NULL) <> ("observations"."indicator_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observations_target_identity` ON `observations` (`target_id`,`period_start`,`period_end`,`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `observations_indicator_identity` ON `observations` (`indicator_id`,`period_start`,`period_end`,`source_id`);--> statement-breakpoint
CREATE TABLE `plan_items` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`parent_id` text,
	`number` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_items_plan_idx` ON `plan_items` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`issuer_zh` text NOT NULL,
	`issuer_en` text NOT NULL,
	`issued_on` text,
	`deadline` text NOT NULL,
	`source_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`published_on` text,
	`published_on_note` text,
	`language` text NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`document` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
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
	`done_when_zh` text,
	`done_when_en` text,
	`deadline` text NOT NULL,
	`clause` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `plan_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit`) REFERENCES `units`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `targets_plan_idx` ON `targets` (`plan_id`);--> statement-breakpoint
CREATE INDEX `targets_item_idx` ON `targets` (`item_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`code` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`aliases` text NOT NULL
);
