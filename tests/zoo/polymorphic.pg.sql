-- Polymorphic pair (Rails style): comments.commentable_type names the table,
-- commentable_id its row; no declared foreign key. seedgen must never write
-- an id that points at nothing (issue 10).
CREATE TABLE posts (
	id serial PRIMARY KEY,
	title VARCHAR(120) NOT NULL
);
CREATE TABLE photos (
	id serial PRIMARY KEY,
	url VARCHAR(200) NOT NULL
);
CREATE TABLE comments (
	id serial PRIMARY KEY,
	commentable_type VARCHAR(40) NOT NULL,
	commentable_id integer NOT NULL,
	body VARCHAR(500) NOT NULL
);
CREATE INDEX idx_commentable ON comments (commentable_type, commentable_id);
-- The type may name the class (Rails: 'Post') or the table ('posts').
-- check: comment targets exist | SELECT COUNT(*) FROM comments c WHERE NOT ((lower(c.commentable_type) IN ('post', 'posts') AND EXISTS (SELECT 1 FROM posts p WHERE p.id = c.commentable_id)) OR (lower(c.commentable_type) IN ('photo', 'photos') AND EXISTS (SELECT 1 FROM photos f WHERE f.id = c.commentable_id)))
