-- A trigger that pre-creates the 1:1 child row of each parent: every user
-- gets its profile on insert. --all then seeds profiles too; the pre-filled
-- 1:1 child is not an error (issue 10).
CREATE TABLE users (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	email VARCHAR(120) NOT NULL UNIQUE
) ENGINE=InnoDB;
CREATE TABLE profiles (
	user_id INT NOT NULL PRIMARY KEY,
	bio VARCHAR(200) NULL,
	CONSTRAINT fk_profile_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;
CREATE TRIGGER users_profile AFTER INSERT ON users FOR EACH ROW
	INSERT INTO profiles (user_id) VALUES (NEW.id);
-- expect: profiles = 200
