-- Tables with nothing to write but their AUTO_INCREMENT key (issue 10):
-- seedgen must insert default rows.
CREATE TABLE tickets (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY
) ENGINE=InnoDB;
CREATE TABLE ticket_events (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;
