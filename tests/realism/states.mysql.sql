CREATE TABLE us_states (
  state_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state_name VARCHAR(100),
  state_abbr VARCHAR(2),
  state_region VARCHAR(50)
);
