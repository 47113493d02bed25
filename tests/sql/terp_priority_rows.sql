-- A few rows, written by hand, in the ten priority tables of TERP and the
-- one parent they need (users), for the coverage and verify tests. Every
-- foreign key points at a row that exists. Ids are explicit so that tests
-- can name them.
INSERT INTO users (id, openId, name, email) VALUES
	(1, 'open-1', 'Ada Admin', 'ada@example.com'),
	(2, 'open-2', 'Ben Buyer', 'ben@example.com'),
	(3, 'open-3', 'Cy Clerk', 'cy@example.com');
INSERT INTO todo_lists (id, name, owner_id) VALUES
	(1, 'Launch', 1),
	(2, 'Backlog', 2);
INSERT INTO todo_tasks (id, list_id, title, status, created_by, assigned_to) VALUES
	(1, 1, 'Book venue', 'todo', 1, 2),
	(2, 1, 'Print flyers', 'in_progress', 1, NULL),
	(3, 2, 'Clean up', 'done', 2, 3);
INSERT INTO todo_list_members (list_id, user_id, added_by) VALUES
	(1, 2, 1),
	(1, 3, 1);
INSERT INTO comments (id, commentable_type, commentable_id, user_id, content) VALUES
	(1, 'todo_task', 1, 2, 'Which date?'),
	(2, 'todo_task', 1, 1, 'Friday.');
INSERT INTO comment_mentions (comment_id, mentioned_user_id, mentioned_by_user_id) VALUES
	(1, 1, 2);
INSERT INTO dashboard_widget_layouts (userId, widgetType, position) VALUES
	(1, 'sales_chart', 0);
INSERT INTO dashboard_kpi_configs (role, kpiType, position) VALUES
	('admin', 'revenue', 0);
INSERT INTO userDashboardPreferences (userId, widgetConfig) VALUES
	(1, '{"layout": "grid"}');
INSERT INTO pricing_profiles (name, rules, created_by) VALUES
	('Wholesale', '[]', 1);
INSERT INTO pricing_rules (name, adjustment_type, adjustment_value, conditions) VALUES
	('Bulk discount', 'PERCENT_MARKDOWN', 5.00, '{"minQty": 10}');
