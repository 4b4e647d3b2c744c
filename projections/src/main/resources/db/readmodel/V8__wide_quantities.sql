-- Units summed over an order's lines, a return's lines or a report's rows are held as BIGINT: a sum of
-- bounded line quantities can pass the INTEGER range where a single quantity cannot.
DROP VIEW report_daily_sales_by_channel;
DROP VIEW report_monthly_sales_by_channel;
ALTER TABLE order_lines ALTER COLUMN quantity TYPE BIGINT;
ALTER TABLE sales_orders ALTER COLUMN units TYPE BIGINT;
ALTER TABLE sales_returns ALTER COLUMN units TYPE BIGINT;
ALTER TABLE sales_facts ALTER COLUMN units TYPE BIGINT;

CREATE VIEW report_daily_sales_by_channel AS
SELECT day, channel, currency, sum(orders) AS orders, sum(units) AS units, sum(revenue) AS revenue
FROM sales_facts
GROUP BY day, channel, currency;

CREATE VIEW report_monthly_sales_by_channel AS
SELECT date_trunc('month', day)::date AS month, channel, currency, sum(orders) AS orders, sum(units) AS units,
       sum(revenue) AS revenue
FROM sales_facts
GROUP BY 1, channel, currency;
