-- seedgen demo schema (MySQL / MariaDB): a small wholesale ERP.
-- It uses the same table names as the users' ERP for its priority tables
-- (comments, todo_lists, todo_tasks, todo_list_members) and shows what
-- seedgen handles: enums, JSON, unique and composite keys, a nullable
-- self-reference, a polymorphic comment target, and an undeclared relation
-- (order_items.product_id -> products.id) that seedgen infers from its name.
SET SESSION explicit_defaults_for_timestamp = 1;

CREATE TABLE `users` (
	`id` int AUTO_INCREMENT NOT NULL,
	`email` varchar(320) NOT NULL,
	`name` varchar(255) NOT NULL,
	`role` enum('admin','manager','sales','warehouse') NOT NULL DEFAULT 'sales',
	`is_active` boolean NOT NULL DEFAULT true,
	`created_at` timestamp NOT NULL DEFAULT (now()),
	CONSTRAINT `users_id` PRIMARY KEY(`id`),
	CONSTRAINT `users_email_unique` UNIQUE(`email`)
);

CREATE TABLE `clients` (
	`id` int AUTO_INCREMENT NOT NULL,
	`company_name` varchar(255) NOT NULL,
	`contact_email` varchar(320),
	`phone` varchar(32),
	`city` varchar(100),
	`state` varchar(2),
	`zip` varchar(10),
	`tier` enum('standard','silver','gold','platinum') NOT NULL DEFAULT 'standard',
	`credit_limit` decimal(12,2) NOT NULL DEFAULT '0.00',
	`parent_client_id` int,
	`created_at` timestamp NOT NULL DEFAULT (now()),
	CONSTRAINT `clients_id` PRIMARY KEY(`id`)
);

CREATE TABLE `products` (
	`id` int AUTO_INCREMENT NOT NULL,
	`sku` varchar(40) NOT NULL,
	`name` varchar(255) NOT NULL,
	`category` enum('flower','pre-roll','vape','edible','concentrate','tincture') NOT NULL,
	`unit_price` decimal(10,2) NOT NULL,
	`attributes` json,
	`created_at` timestamp NOT NULL DEFAULT (now()),
	CONSTRAINT `products_id` PRIMARY KEY(`id`),
	CONSTRAINT `products_sku_unique` UNIQUE(`sku`)
);

CREATE TABLE `orders` (
	`id` int AUTO_INCREMENT NOT NULL,
	`order_number` varchar(32) NOT NULL,
	`client_id` int NOT NULL,
	`sales_rep_id` int,
	`status` enum('draft','confirmed','shipped','delivered','cancelled') NOT NULL DEFAULT 'draft',
	`total` decimal(12,2) NOT NULL DEFAULT '0.00',
	`notes` text,
	`ordered_at` datetime NOT NULL,
	`created_at` timestamp NOT NULL DEFAULT (now()),
	CONSTRAINT `orders_id` PRIMARY KEY(`id`),
	CONSTRAINT `orders_order_number_unique` UNIQUE(`order_number`)
);

CREATE TABLE `order_items` (
	`order_id` int NOT NULL,
	`line_no` smallint unsigned NOT NULL,
	`product_id` int NOT NULL,
	`quantity` int NOT NULL,
	`unit_price` decimal(10,2) NOT NULL,
	CONSTRAINT `order_items_pk` PRIMARY KEY(`order_id`,`line_no`)
);

CREATE TABLE `comments` (
	`id` int AUTO_INCREMENT NOT NULL,
	`commentable_type` varchar(50) NOT NULL,
	`commentable_id` int NOT NULL,
	`user_id` int NOT NULL,
	`content` text NOT NULL,
	`is_resolved` boolean NOT NULL DEFAULT false,
	`resolved_at` timestamp,
	`resolved_by` int,
	`created_at` timestamp NOT NULL DEFAULT (now()),
	`updated_at` timestamp NOT NULL DEFAULT (now()) ON UPDATE CURRENT_TIMESTAMP,
	CONSTRAINT `comments_id` PRIMARY KEY(`id`)
);

CREATE TABLE `todo_lists` (
	`id` int AUTO_INCREMENT NOT NULL,
	`name` varchar(255) NOT NULL,
	`description` text,
	`owner_id` int NOT NULL,
	`is_shared` boolean NOT NULL DEFAULT false,
	`created_at` timestamp NOT NULL DEFAULT (now()),
	`updated_at` timestamp NOT NULL DEFAULT (now()) ON UPDATE CURRENT_TIMESTAMP,
	CONSTRAINT `todo_lists_id` PRIMARY KEY(`id`)
);

CREATE TABLE `todo_list_members` (
	`id` int AUTO_INCREMENT NOT NULL,
	`list_id` int NOT NULL,
	`user_id` int NOT NULL,
	`role` enum('owner','editor','viewer') NOT NULL DEFAULT 'editor',
	`added_at` timestamp NOT NULL DEFAULT (now()),
	`added_by` int NOT NULL,
	CONSTRAINT `todo_list_members_id` PRIMARY KEY(`id`),
	CONSTRAINT `idx_list_user` UNIQUE(`list_id`,`user_id`)
);

CREATE TABLE `todo_tasks` (
	`id` int AUTO_INCREMENT NOT NULL,
	`list_id` int NOT NULL,
	`title` varchar(500) NOT NULL,
	`description` text,
	`status` enum('todo','in_progress','done') NOT NULL DEFAULT 'todo',
	`priority` enum('low','medium','high','urgent'),
	`due_date` timestamp,
	`assigned_to` int,
	`created_by` int NOT NULL,
	`is_completed` boolean NOT NULL DEFAULT false,
	`completed_at` timestamp,
	`completed_by` int,
	`position` int NOT NULL DEFAULT 0,
	`created_at` timestamp NOT NULL DEFAULT (now()),
	`updated_at` timestamp NOT NULL DEFAULT (now()) ON UPDATE CURRENT_TIMESTAMP,
	CONSTRAINT `todo_tasks_id` PRIMARY KEY(`id`)
);

ALTER TABLE `clients` ADD CONSTRAINT `clients_parent_fk` FOREIGN KEY (`parent_client_id`) REFERENCES `clients`(`id`) ON DELETE set null;
ALTER TABLE `orders` ADD CONSTRAINT `orders_sales_rep_id_users_id_fk` FOREIGN KEY (`sales_rep_id`) REFERENCES `users`(`id`) ON DELETE set null;
ALTER TABLE `orders` ADD CONSTRAINT `orders_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON DELETE cascade;
ALTER TABLE `order_items` ADD CONSTRAINT `order_items_order_fk` FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON DELETE cascade;
ALTER TABLE `comments` ADD CONSTRAINT `comments_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade;
ALTER TABLE `comments` ADD CONSTRAINT `comments_resolved_by_users_id_fk` FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON DELETE set null;
ALTER TABLE `todo_lists` ADD CONSTRAINT `todo_lists_owner_id_users_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON DELETE cascade;
ALTER TABLE `todo_list_members` ADD CONSTRAINT `todo_list_members_list_id_fk` FOREIGN KEY (`list_id`) REFERENCES `todo_lists`(`id`) ON DELETE cascade;
ALTER TABLE `todo_list_members` ADD CONSTRAINT `todo_list_members_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade;
ALTER TABLE `todo_list_members` ADD CONSTRAINT `todo_list_members_added_by_fk` FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON DELETE no action;
ALTER TABLE `todo_tasks` ADD CONSTRAINT `todo_tasks_list_id_fk` FOREIGN KEY (`list_id`) REFERENCES `todo_lists`(`id`) ON DELETE cascade;
ALTER TABLE `todo_tasks` ADD CONSTRAINT `todo_tasks_assigned_to_fk` FOREIGN KEY (`assigned_to`) REFERENCES `users`(`id`) ON DELETE set null;
ALTER TABLE `todo_tasks` ADD CONSTRAINT `todo_tasks_created_by_fk` FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON DELETE cascade;
ALTER TABLE `todo_tasks` ADD CONSTRAINT `todo_tasks_completed_by_fk` FOREIGN KEY (`completed_by`) REFERENCES `users`(`id`) ON DELETE set null;
