-- A NOT NULL foreign-key cycle of three tables: dept.head_emp_id -> emp,
-- emp.project_tag -> project.tag (a unique column, not the key),
-- project.dept_code -> dept.code (a text primary key). Its bootstrap rows
-- are keyed by generated text (dept) and by the server (emp, project);
-- undo finds project's through its tag (62_undo.sh).
CREATE TABLE dept (
	code VARCHAR(8) NOT NULL PRIMARY KEY,
	name VARCHAR(40) NOT NULL,
	head_emp_id INT NOT NULL
) ENGINE=InnoDB;
CREATE TABLE emp (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name VARCHAR(40) NOT NULL,
	project_tag VARCHAR(12) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE project (
	id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	tag VARCHAR(12) NOT NULL UNIQUE,
	dept_code VARCHAR(8) NOT NULL,
	CONSTRAINT fk_project_dept FOREIGN KEY (dept_code) REFERENCES dept (code)
) ENGINE=InnoDB;
ALTER TABLE dept ADD CONSTRAINT fk_dept_head FOREIGN KEY (head_emp_id) REFERENCES emp (id);
ALTER TABLE emp ADD CONSTRAINT fk_emp_project FOREIGN KEY (project_tag) REFERENCES project (tag);
CREATE TABLE assignment (
	emp_id INT NOT NULL,
	project_id INT NOT NULL,
	PRIMARY KEY (emp_id, project_id),
	FOREIGN KEY (emp_id) REFERENCES emp (id),
	FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE=InnoDB;
