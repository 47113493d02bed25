-- A trigger that deletes rows: a new message removes its author's drafts.
-- Rows after != rows inserted for drafts; seedgen must report the truth,
-- not fail (issue 10).
CREATE TABLE authors (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(60) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE drafts (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	author_id INT NOT NULL,
	body VARCHAR(200) NOT NULL,
	CONSTRAINT fk_draft_author FOREIGN KEY (author_id) REFERENCES authors (id)
) ENGINE=InnoDB;
CREATE TABLE messages (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	author_id INT NOT NULL,
	body VARCHAR(200) NOT NULL,
	CONSTRAINT fk_message_author FOREIGN KEY (author_id) REFERENCES authors (id)
) ENGINE=InnoDB;
CREATE TRIGGER messages_clear_drafts AFTER INSERT ON messages FOR EACH ROW
	DELETE FROM drafts WHERE author_id = NEW.author_id;
-- expect: drafts <= 200
