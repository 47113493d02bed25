-- Rules of the todo and comment generators (generators/todos.c,
-- generators/comments.c) on a TERP database (MySQL / MariaDB). Each SELECT
-- returns the rule's name and the number of rows (or lists, or 1 for a
-- table-wide rule) that break it: 0 means the rule holds. Table-wide
-- statistical rules (skew, shares) apply from 20 rows on.

-- todo_lists ------------------------------------------------------------------

SELECT 'todo_lists: name is a plausible list name (capitalized, two or more words, a business noun)',
	COUNT(*) FROM todo_lists
	WHERE NOT (ASCII(name) BETWEEN 48 AND 57 OR ASCII(name) BETWEEN 65 AND 90)
	   OR name NOT LIKE '% %'
	   OR name NOT REGEXP '(audit|onboarding|dispatch|close|reconciliation|setup|intake|follow-ups?|renewals|invoices|issues|launch|counts|update|updates|reviews|prep|planning|holds|reorder|inventory)';

SELECT 'todo_lists: owners Pareto-skewed (the top 20% of users own half the lists or more)',
	CASE WHEN (SELECT COUNT(*) FROM todo_lists) < 20 THEN 0
	     WHEN (SELECT COALESCE(SUM(n), 0) FROM (
			SELECT n, ROW_NUMBER() OVER (ORDER BY n DESC) AS rn
			FROM (SELECT COUNT(*) AS n FROM todo_lists GROUP BY owner_id) AS per_owner) AS ranked
		   WHERE rn <= CEIL(0.2 * (SELECT COUNT(*) FROM users))) * 2
		  >= (SELECT COUNT(*) FROM todo_lists) THEN 0
	     ELSE 1 END;

SELECT 'todo_lists: 15-65% of the lists are shared',
	CASE WHEN COUNT(*) < 20 THEN 0
	     WHEN SUM(is_shared = 1) BETWEEN 0.15 * COUNT(*) AND 0.65 * COUNT(*) THEN 0
	     ELSE 1 END
	FROM todo_lists;

-- todo_list_members -------------------------------------------------------------

SELECT 'todo_list_members: every list has its owner as a member with role owner',
	COUNT(*) FROM todo_lists l
	WHERE (SELECT COUNT(*) FROM todo_list_members) > 0
	  AND NOT EXISTS (SELECT 1 FROM todo_list_members m
			  WHERE m.list_id = l.id AND m.user_id = l.owner_id AND m.role = 'owner');

SELECT 'todo_list_members: only the owner has role owner',
	COUNT(*) FROM todo_list_members m JOIN todo_lists l ON l.id = m.list_id
	WHERE m.role = 'owner' AND m.user_id <> l.owner_id;

SELECT 'todo_list_members: (list_id, user_id) unique',
	COUNT(*) FROM (SELECT list_id, user_id FROM todo_list_members
		       GROUP BY list_id, user_id HAVING COUNT(*) > 1) AS dup;

SELECT 'todo_list_members: added_by is a member of the list or its owner',
	COUNT(*) FROM todo_list_members m JOIN todo_lists l ON l.id = m.list_id
	WHERE m.added_by <> l.owner_id
	  AND NOT EXISTS (SELECT 1 FROM todo_list_members o
			  WHERE o.list_id = m.list_id AND o.user_id = m.added_by);

SELECT 'todo_list_members: shared lists have more than one member',
	COUNT(*) FROM todo_lists l
	WHERE l.is_shared = 1 AND (SELECT COUNT(*) FROM users) > 1
	  AND (SELECT COUNT(*) FROM todo_list_members) > 0
	  AND (SELECT COUNT(*) FROM todo_list_members m WHERE m.list_id = l.id) < 2;

SELECT 'todo_list_members: unshared lists have only the owner',
	COUNT(*) FROM todo_list_members m JOIN todo_lists l ON l.id = m.list_id
	WHERE l.is_shared = 0 AND m.user_id <> l.owner_id;

SELECT 'todo_list_members: added_at not before the list was created',
	COUNT(*) FROM todo_list_members m JOIN todo_lists l ON l.id = m.list_id
	WHERE m.added_at < l.created_at;

-- todo_tasks ----------------------------------------------------------------------

SELECT 'todo_tasks: status done <=> is_completed',
	COUNT(*) FROM todo_tasks WHERE (status = 'done') <> (is_completed = 1);

SELECT 'todo_tasks: is_completed <=> completed_at set',
	COUNT(*) FROM todo_tasks WHERE (is_completed = 1) <> (completed_at IS NOT NULL);

SELECT 'todo_tasks: completed_by set when completed, empty otherwise',
	COUNT(*) FROM todo_tasks WHERE (is_completed = 1) <> (completed_by IS NOT NULL);

SELECT 'todo_tasks: completed_at >= created_at',
	COUNT(*) FROM todo_tasks WHERE completed_at < created_at;

SELECT 'todo_tasks: due_date after created_at',
	COUNT(*) FROM todo_tasks WHERE due_date <= created_at;

SELECT 'todo_tasks: position runs 0..n-1 within each list',
	COUNT(*) FROM (SELECT list_id FROM todo_tasks GROUP BY list_id
		       HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1
			   OR COUNT(DISTINCT position) <> COUNT(*)) AS bad;

SELECT 'todo_tasks: assigned_to is a member where the list has members',
	COUNT(*) FROM todo_tasks t
	WHERE t.assigned_to IS NOT NULL
	  AND EXISTS (SELECT 1 FROM todo_list_members m WHERE m.list_id = t.list_id)
	  AND NOT EXISTS (SELECT 1 FROM todo_list_members m
			  WHERE m.list_id = t.list_id AND m.user_id = t.assigned_to);

SELECT 'todo_tasks: created_by is a member where the list has members',
	COUNT(*) FROM todo_tasks t
	WHERE EXISTS (SELECT 1 FROM todo_list_members m WHERE m.list_id = t.list_id)
	  AND NOT EXISTS (SELECT 1 FROM todo_list_members m
			  WHERE m.list_id = t.list_id AND m.user_id = t.created_by);

SELECT 'todo_tasks: completed_by is a member where the list has members',
	COUNT(*) FROM todo_tasks t
	WHERE t.completed_by IS NOT NULL
	  AND EXISTS (SELECT 1 FROM todo_list_members m WHERE m.list_id = t.list_id)
	  AND NOT EXISTS (SELECT 1 FROM todo_list_members m
			  WHERE m.list_id = t.list_id AND m.user_id = t.completed_by);

SELECT 'todo_tasks: title is a plausible task (an imperative business verb, then at least two words)',
	COUNT(*) FROM todo_tasks
	WHERE title NOT REGEXP '^(Reconcile|Call|Schedule|Follow|Send|Renew|Count|Confirm|Update|Book|Review|Prepare|Fix|Onboard|Collect|Audit|Plan|Approve|Record|Chase|Restock|Quote|Train|Reprice|Match|Set|Close|Verify|Investigate|Pull|Get|Reschedule|Order|Check|Submit|Email|File|Pay|Ship|Test|Draft|Finalize|Request|Print|Label|Deliver|Invoice|Contact|Organize|Clean|Inspect) [^ ]+ [^ ]+';

-- comments --------------------------------------------------------------------------

SELECT 'comments: commentable_type is a mapped entity type',
	COUNT(*) FROM comments
	WHERE commentable_type NOT IN ('order', 'client', 'batch', 'purchase_order', 'invoice',
				       'product', 'vendor');

SELECT 'comments: commentable_id is an existing row of its type''s table',
	COUNT(*) FROM comments c
	WHERE NOT ((c.commentable_type = 'order' AND EXISTS (SELECT 1 FROM orders x WHERE x.id = c.commentable_id))
		OR (c.commentable_type = 'client' AND EXISTS (SELECT 1 FROM clients x WHERE x.id = c.commentable_id))
		OR (c.commentable_type = 'batch' AND EXISTS (SELECT 1 FROM batches x WHERE x.id = c.commentable_id))
		OR (c.commentable_type = 'purchase_order' AND EXISTS (SELECT 1 FROM purchaseOrders x WHERE x.id = c.commentable_id))
		OR (c.commentable_type = 'invoice' AND EXISTS (SELECT 1 FROM invoices x WHERE x.id = c.commentable_id))
		OR (c.commentable_type = 'product' AND EXISTS (SELECT 1 FROM products x WHERE x.id = c.commentable_id))
		OR (c.commentable_type = 'vendor' AND EXISTS (SELECT 1 FROM vendors x WHERE x.id = c.commentable_id)));

SELECT 'comments: content is a business comment (capitalized or an @mention, a few words)',
	COUNT(*) FROM comments
	WHERE NOT (ASCII(content) BETWEEN 48 AND 57 OR ASCII(content) BETWEEN 65 AND 90 OR content LIKE '@%')
	   OR content NOT LIKE '% % %';

SELECT 'comments: is_resolved <=> resolved_at set',
	COUNT(*) FROM comments WHERE (is_resolved = 1) <> (resolved_at IS NOT NULL);

SELECT 'comments: is_resolved <=> resolved_by set',
	COUNT(*) FROM comments WHERE (is_resolved = 1) <> (resolved_by IS NOT NULL);

SELECT 'comments: resolved_at >= created_at',
	COUNT(*) FROM comments WHERE resolved_at < created_at;

SELECT 'comments: authors Pareto-skewed (the top 20% of users write half the comments or more)',
	CASE WHEN (SELECT COUNT(*) FROM comments) < 20 THEN 0
	     WHEN (SELECT COALESCE(SUM(n), 0) FROM (
			SELECT n, ROW_NUMBER() OVER (ORDER BY n DESC) AS rn
			FROM (SELECT COUNT(*) AS n FROM comments GROUP BY user_id) AS per_author) AS ranked
		   WHERE rn <= CEIL(0.2 * (SELECT COUNT(*) FROM users))) * 2
		  >= (SELECT COUNT(*) FROM comments) THEN 0
	     ELSE 1 END;

SELECT 'comments: 10-50% of comments @mention someone',
	CASE WHEN COUNT(*) < 20 OR (SELECT COUNT(*) FROM users WHERE name IS NOT NULL) < 2 THEN 0
	     WHEN SUM(content LIKE '%@%') BETWEEN 0.10 * COUNT(*) AND 0.50 * COUNT(*) THEN 0
	     ELSE 1 END
	FROM comments;

-- comment_mentions --------------------------------------------------------------------

SELECT 'comment_mentions: mentioned user is not the mentioning user (2+ users)',
	COUNT(*) FROM comment_mentions
	WHERE mentioned_user_id = mentioned_by_user_id AND (SELECT COUNT(*) FROM users) > 1;

SELECT 'comment_mentions: (comment_id, mentioned_user_id) unique',
	COUNT(*) FROM (SELECT comment_id, mentioned_user_id FROM comment_mentions
		       GROUP BY comment_id, mentioned_user_id HAVING COUNT(*) > 1) AS dup;

SELECT 'comment_mentions: mentioned_by_user_id is the comment''s author',
	COUNT(*) FROM comment_mentions cm JOIN comments c ON c.id = cm.comment_id
	WHERE cm.mentioned_by_user_id <> c.user_id;

SELECT 'comment_mentions: the comment''s content @mentions the mentioned user''s name',
	COUNT(*) FROM comment_mentions cm
	JOIN comments c ON c.id = cm.comment_id
	JOIN users u ON u.id = cm.mentioned_user_id
	WHERE u.name IS NULL OR LOCATE(CONCAT('@', u.name), c.content) = 0;

SELECT 'comment_mentions: created_at not before the comment''s',
	COUNT(*) FROM comment_mentions cm JOIN comments c ON c.id = cm.comment_id
	WHERE cm.created_at < c.created_at;

SELECT 'comment_mentions: every @First Last of another user in a comment has its row',
	COUNT(*) FROM comments c JOIN users u
	  ON u.name LIKE '% %' AND CHAR_LENGTH(u.name) <= 80 AND u.id <> c.user_id
	 AND LOCATE(CONCAT('@', u.name), c.content) > 0
	 AND SUBSTRING(c.content, LOCATE(CONCAT('@', u.name), c.content) + CHAR_LENGTH(u.name) + 1, 1)
	     NOT REGEXP '[[:alnum:]_]'
	WHERE (SELECT COUNT(*) FROM users v WHERE v.name = u.name) = 1
	  AND NOT EXISTS (SELECT 1 FROM comment_mentions cm
			  WHERE cm.comment_id = c.id AND cm.mentioned_user_id = u.id);
