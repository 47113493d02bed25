-- A trigger that pre-creates the 1:1 child row of each parent: every user
-- gets its profile on insert. --all then seeds profiles too; the pre-filled
-- 1:1 child is not an error (issue 10).
CREATE TABLE users (
	id serial PRIMARY KEY,
	email varchar(120) NOT NULL UNIQUE
);
CREATE TABLE profiles (
	user_id integer PRIMARY KEY REFERENCES users (id),
	bio varchar(200)
);
CREATE FUNCTION users_profile() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO profiles (user_id) VALUES (NEW.id);
	RETURN NEW;
END $$;
CREATE TRIGGER users_profile AFTER INSERT ON users
	FOR EACH ROW EXECUTE FUNCTION users_profile();
-- expect: profiles = 200
