-- A trigger that deletes rows: spam never stays in the inbox (the row is
-- deleted right after its insert). Rows after != rows inserted; seedgen
-- must report the truth, not fail (issue 10).
CREATE TABLE inbox (
	id serial PRIMARY KEY,
	sender varchar(120) NOT NULL,
	subject varchar(200) NOT NULL,
	is_spam boolean NOT NULL DEFAULT false
);
CREATE FUNCTION inbox_drop_spam() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM inbox WHERE id = NEW.id AND NEW.is_spam;
	RETURN NULL;
END $$;
CREATE TRIGGER inbox_drop_spam AFTER INSERT ON inbox
	FOR EACH ROW EXECUTE FUNCTION inbox_drop_spam();
-- expect: inbox <= 200
-- check: no spam left | SELECT COUNT(*) FROM inbox WHERE is_spam
