-- CHECK constraints with full boolean expressions: AND / OR / NOT and
-- IS [NOT] NULL, each combining several columns (issue 10).
CREATE TABLE subscriptions (
	id serial PRIMARY KEY,
	plan VARCHAR(20) NOT NULL,
	trial_days INT NULL,
	cancelled_at timestamp NULL,
	cancel_reason VARCHAR(100) NULL,
	seats INT NOT NULL,
	CONSTRAINT ck_trial CHECK ((plan = 'trial' AND trial_days IS NOT NULL AND trial_days > 0)
		OR (plan <> 'trial' AND trial_days IS NULL)),
	CONSTRAINT ck_cancel CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL)),
	CONSTRAINT ck_seats CHECK (NOT (seats < 1 OR seats > 500))
);
