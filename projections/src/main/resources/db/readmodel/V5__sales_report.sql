-- sales-report: one fact per event that moves sales (an order placed, cancelled, refunded), dated on
-- the merchant's calendar day it happened. Reports sum facts; drill-down lists them.
CREATE TABLE sales_orders (
    order_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    order_number VARCHAR(32) NOT NULL,
    channel      VARCHAR(20) NOT NULL,
    currency     CHAR(3)     NOT NULL,
    units        INTEGER     NOT NULL,
    revenue      NUMERIC     NOT NULL
);

CREATE TABLE sales_facts (
    position    BIGINT      NOT NULL PRIMARY KEY,
    order_id    VARCHAR(64) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    day         DATE        NOT NULL,
    channel     VARCHAR(20) NOT NULL,
    currency    CHAR(3)     NOT NULL,
    orders      INTEGER     NOT NULL,
    units       INTEGER     NOT NULL,
    revenue     NUMERIC     NOT NULL
);
CREATE INDEX sales_facts_day ON sales_facts (day, channel);
CREATE INDEX sales_facts_order ON sales_facts (order_id);

-- For BI tools: a stable view over the facts, one row per day, channel and currency.
CREATE VIEW report_daily_sales_by_channel AS
SELECT day, channel, currency, sum(orders) AS orders, sum(units) AS units, sum(revenue) AS revenue
FROM sales_facts
GROUP BY day, channel, currency;

CREATE VIEW report_monthly_sales_by_channel AS
SELECT date_trunc('month', day)::date AS month, channel, currency, sum(orders) AS orders, sum(units) AS units,
       sum(revenue) AS revenue
FROM sales_facts
GROUP BY 1, channel, currency;

-- returned units, between a return's receipt and its completion
CREATE TABLE sales_returns (
    return_id VARCHAR(64) NOT NULL PRIMARY KEY,
    units     INTEGER     NOT NULL
);
