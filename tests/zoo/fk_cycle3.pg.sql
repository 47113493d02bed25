-- A NOT NULL foreign-key cycle of three tables: dept.head_emp_id -> emp
-- (an identity GENERATED ALWAYS), emp.project_tag -> project.tag (a unique
-- column, not the key), project.dept_code -> dept.code (a text primary
-- key, ON DELETE RESTRICT). Its bootstrap rows are keyed by generated text
-- (dept) and by the server (emp, project); undo finds project's through
-- its tag (62_undo.sh).
CREATE TABLE dept (
	code varchar(8) PRIMARY KEY,
	name varchar(40) NOT NULL,
	head_emp_id int NOT NULL
);
CREATE TABLE emp (
	id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name varchar(40) NOT NULL,
	project_tag varchar(12) NOT NULL
);
CREATE TABLE project (
	id serial PRIMARY KEY,
	tag varchar(12) NOT NULL UNIQUE,
	dept_code varchar(8) NOT NULL REFERENCES dept (code) ON DELETE RESTRICT
);
ALTER TABLE dept ADD FOREIGN KEY (head_emp_id) REFERENCES emp (id);
ALTER TABLE emp ADD FOREIGN KEY (project_tag) REFERENCES project (tag);
CREATE TABLE assignment (
	emp_id int NOT NULL REFERENCES emp (id),
	project_id int NOT NULL REFERENCES project (id),
	PRIMARY KEY (emp_id, project_id)
);
