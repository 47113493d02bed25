-- Scalar PostgreSQL types that applications use (own DDL): money,
-- interval, bit(8), bit varying(16), xml, uuid DEFAULT gen_random_uuid(),
-- time with time zone, oid-free large text, real/double, and a tsquery.
CREATE TABLE subscriptions (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	plan varchar(40) NOT NULL,
	price money NOT NULL,
	billing_period interval NOT NULL,
	trial interval,
	flags bit(8) NOT NULL DEFAULT B'00000000',
	feature_mask bit varying(16),
	opens_at time with time zone,
	config xml,
	saved_search tsquery,
	ratio real,
	score double precision
);
CREATE TABLE invoices (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	subscription_id uuid NOT NULL REFERENCES subscriptions (id),
	total money NOT NULL,
	issued_at timestamptz NOT NULL
);
-- check: prices are not negative | SELECT COUNT(*) FROM subscriptions WHERE price < 0::money
-- check: periods are positive | SELECT COUNT(*) FROM subscriptions WHERE billing_period <= interval '0'
-- check: totals are not negative | SELECT COUNT(*) FROM invoices WHERE total < 0::money
